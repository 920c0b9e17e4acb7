package org.ehcpqa.framework;

import org.ehcpqa.plan.SectionCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** Hand-worked ratings for the two shipped frameworks; the arithmetic is in each test's comment. */
class RatingCalculatorTest {

    private final RatingCalculator calculator = new RatingCalculator();
    private final QaFramework baseline = load("statutory-baseline.yaml");
    private final QaFramework council = load("council-practice.yaml");

    @Test
    void inadequateProvisionCapsAGoodPlanAtRequiresImprovement() {
        // F = (35*20 + 25*30 + 20*50 + 20*60) / 100 = 36.5 -> inadequate; every other section 80 -> good.
        // Overall = (75*80 + 25*36.5) / 100 = 69.125 -> good, capped at requires improvement because F is inadequate.
        Map<String, CriterionScore> scores = all(baseline, 80);
        scores.putAll(Map.of("F1", CriterionScore.of(20), "F2", CriterionScore.of(30), "F3", CriterionScore.of(50),
                "F4", CriterionScore.of(60)));

        RatingResult result = calculator.rate(baseline, scores);

        SectionResult f = result.section(SectionCode.F).orElseThrow();
        assertThat(f.score()).isCloseTo(36.5, within(1e-9));
        assertThat(f.rating().id()).isEqualTo("inadequate");
        assertThat(result.overallScore()).isCloseTo(69.125, within(1e-9));
        assertThat(result.uncappedOverall().id()).isEqualTo("good");
        assertThat(result.overall().id()).isEqualTo("requires-improvement");
        // F1 at 20 also fires the section rule, but F is already worse than its cap.
        assertThat(result.limits()).extracting(LimitJudgement::ruleId, LimitJudgement::lowered, LimitJudgement::decisive)
                .containsExactly(tuple("unquantified-provision-caps-section-f", false, false),
                        tuple("inadequate-provision-caps-plan", true, true));
        assertThat(result.decisiveOverallLimit().orElseThrow().reason()).isEqualTo("Section F is rated Inadequate"
                + " (Inadequate or worse), so the overall rating is capped at Requires improvement instead of Good."
                + " Provision that is not specific and quantified cannot be enforced, so the plan cannot be good.");
    }

    @Test
    void anUnquantifiedCriterionCapsSectionFButLeavesTheScore() {
        // F = (35*30 + 25*90 + 20*90 + 20*90) / 100 = 69 -> good, but F1 at 30 is inadequate: F capped at RI.
        // Overall = (75*90 + 25*69) / 100 = 84.75 -> good; F ends RI, not inadequate, so the plan is not capped.
        Map<String, CriterionScore> scores = all(baseline, 90);
        scores.put("F1", CriterionScore.of(30));

        RatingResult result = calculator.rate(baseline, scores);

        SectionResult f = result.section(SectionCode.F).orElseThrow();
        assertThat(f.score()).isCloseTo(69.0, within(1e-9));
        assertThat(f.uncappedRating().id()).isEqualTo("good");
        assertThat(f.rating().id()).isEqualTo("requires-improvement");
        assertThat(result.overallScore()).isCloseTo(84.75, within(1e-9));
        assertThat(result.overall().id()).isEqualTo("good");
        assertThat(result.limits()).singleElement().satisfies(limit -> {
            assertThat(limit.appliesTo()).isEqualTo(SectionCode.F);
            assertThat(limit.trigger()).isEqualTo("criterion F1");
            assertThat(limit.lowered()).isTrue();
            assertThat(limit.decisive()).isTrue();
        });
    }

    @Test
    void notApplicableCriteriaAndSectionsAreLeftOutOfTheWeights() {
        // E3 (preparing for adulthood) does not apply to a Year 3 child: E = (40*60 + 30*90) / 70 = 72.857 -> good.
        // H1 and H2 have nothing to judge: the other sections' weights (94) carry the overall score.
        // Overall = (79*100 + 15*72.857) / 94 = 95.669 -> outstanding.
        Map<String, CriterionScore> scores = all(baseline, 100);
        scores.putAll(Map.of("E1", CriterionScore.of(60), "E2", CriterionScore.of(90),
                "E3", CriterionScore.notApplicable(), "H1-1", CriterionScore.notApplicable(),
                "H2-1", CriterionScore.notApplicable()));

        RatingResult result = calculator.rate(baseline, scores);

        assertThat(result.section(SectionCode.E).orElseThrow().score()).isCloseTo(5100.0 / 70, within(1e-9));
        assertThat(result.section(SectionCode.H1).orElseThrow().applicable()).isFalse();
        assertThat(result.section(SectionCode.H2).orElseThrow().rating()).isNull();
        assertThat(result.overallScore()).isCloseTo((7900 + 15 * 5100.0 / 70) / 94, within(1e-9));
        assertThat(result.overall().id()).isEqualTo("outstanding");
        assertThat(result.limits()).isEmpty();
    }

    @Test
    void councilScaleCapsAPlanWithUnquantifiedProvisionAtWorkingTowards() {
        // F = (40*40 + 30*95 + 30*95) / 100 = 73 -> meets; overall = (70*95 + 30*73) / 100 = 88.4 -> meets.
        // "quantified" at 40 is requirements not met, so the plan is capped at working towards.
        Map<String, CriterionScore> scores = all(council, 95);
        scores.put("quantified", CriterionScore.of(40));

        RatingResult result = calculator.rate(council, scores);

        assertThat(result.section(SectionCode.F).orElseThrow().rating().id()).isEqualTo("meets");
        assertThat(result.overallScore()).isCloseTo(88.4, within(1e-9));
        assertThat(result.uncappedOverall().id()).isEqualTo("meets");
        assertThat(result.overall().id()).isEqualTo("working-towards");
        assertThat(result.decisiveOverallLimit().orElseThrow().ruleId()).isEqualTo("unquantified-provision-caps-plan");
    }

    @Test
    void whenSeveralRulesFireTheLowestCapDecidesAndAllAreReported() {
        // E = 50 -> working towards; F = (40*40 + 30*95 + 30*95) / 100 = 73 -> meets.
        // Overall = (50*95 + 20*50 + 30*73) / 100 = 79.4 -> meets. Weak outcomes cap at meets (no change);
        // unquantified provision caps at working towards, which decides.
        Map<String, CriterionScore> scores = all(council, 95);
        scores.putAll(Map.of("smart-outcomes", CriterionScore.of(50), "preparing-for-adulthood", CriterionScore.of(50),
                "outcome-for-every-need", CriterionScore.of(50), "quantified", CriterionScore.of(40)));

        RatingResult result = calculator.rate(council, scores);

        assertThat(result.overallScore()).isCloseTo(79.4, within(1e-9));
        assertThat(result.overall().id()).isEqualTo("working-towards");
        assertThat(result.limits()).extracting(LimitJudgement::ruleId, LimitJudgement::lowered, LimitJudgement::decisive)
                .containsExactly(tuple("unquantified-provision-caps-plan", true, true),
                        tuple("weak-outcomes-stop-exceeds", false, false));
        assertThat(result.limits().get(1).reason()).isEqualTo("Section E is rated Working towards requirements"
                + " (Working towards requirements or worse), which caps the overall rating at Meets requirements,"
                + " but it is already Meets requirements. A plan cannot exceed requirements while its outcomes are"
                + " still working towards them.");
    }

    @Test
    void aSectionCapDoesNotLowerTheOverallScore() {
        // F = (40*100 + 30*30 + 30*100) / 100 = 79 -> meets, capped at working towards by hedged wording.
        // Overall = (70*100 + 30*79) / 100 = 93.7 -> exceeds: the cap is on F's rating, not on its score.
        Map<String, CriterionScore> scores = all(council, 100);
        scores.put("enforceable-wording", CriterionScore.of(30));

        RatingResult result = calculator.rate(council, scores);

        assertThat(result.section(SectionCode.F).orElseThrow().rating().id()).isEqualTo("working-towards");
        assertThat(result.overallScore()).isCloseTo(93.7, within(1e-9));
        assertThat(result.overall().id()).isEqualTo("exceeds");
    }

    @Test
    void everyCriterionNeedsAScoreOrAnExplicitNotApplicable() {
        Map<String, CriterionScore> scores = all(council, 80);
        scores.remove("placement");
        scores.put("no-such-criterion", CriterionScore.of(50));

        assertThatThrownBy(() -> calculator.rate(council, scores))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing [placement], unknown [no-such-criterion]");
        assertThatThrownBy(() -> CriterionScore.of(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandBoundariesBelongToTheBetterLevelAndOneHundredToTheBest() {
        RatingScale scale = baseline.scale();

        assertThat(scale.levelFor(65).id()).isEqualTo("good");
        assertThat(scale.levelFor(64.999).id()).isEqualTo("requires-improvement");
        assertThat(scale.levelFor(100).id()).isEqualTo("outstanding");
        assertThat(scale.levelFor(0).id()).isEqualTo("inadequate");
    }

    private static Map<String, CriterionScore> all(QaFramework framework, double score) {
        Map<String, CriterionScore> scores = new HashMap<>();
        framework.criteria().forEach(criterion -> scores.put(criterion.id(), CriterionScore.of(score)));
        return scores;
    }

    private static QaFramework load(String name) {
        try {
            Path file = ShippedFrameworksTest.DIR.resolve(name);
            return new FrameworkLoader().load(name, Files.readAllBytes(file)).asFramework().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
