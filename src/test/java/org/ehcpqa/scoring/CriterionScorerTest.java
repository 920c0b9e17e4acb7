package org.ehcpqa.scoring;

import org.ehcpqa.framework.CheckReference;
import org.ehcpqa.framework.Criterion;
import org.ehcpqa.plan.SectionCode;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CriterionScorerTest {

    private final CriterionScorer scorer = new CriterionScorer();
    private final Map<CheckRun, CheckOutcome> outcomes = new HashMap<>();

    @Test
    void theScoreIsTheMeanOfTheApplicableChecksAndAFailureHoldsItBelowMet() {
        put(CheckCode.UNQUANTIFIED_PROVISION, Map.of(), outcome(CheckCode.UNQUANTIFIED_PROVISION, CheckResult.FAIL, 80));
        put(CheckCode.VAGUE_PROVISION_WORDING, Map.of(), CheckOutcome.pass(CheckCode.VAGUE_PROVISION_WORDING, "Fine."));

        CriterionAssessment result = scorer.score(criterion(CheckCode.UNQUANTIFIED_PROVISION,
                CheckCode.VAGUE_PROVISION_WORDING), outcomes);

        assertThat(result.score()).isEqualTo(90.0);
        assertThat(result.result()).isEqualTo(CriterionVerdict.PARTLY_MET);
        assertThat(result.explanation()).startsWith("unquantified_provision failed.").endsWith("Fine.");
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void notApplicableChecksNeitherLiftNorSinkTheScore() {
        put(CheckCode.OUTCOME_NOT_MEASURABLE, Map.of(), outcome(CheckCode.OUTCOME_NOT_MEASURABLE, CheckResult.FAIL, 30));
        put(CheckCode.PFA_OUTCOMES_MISSING, Map.of(), CheckOutcome.notApplicable(CheckCode.PFA_OUTCOMES_MISSING, "Year 4."));

        CriterionAssessment result = scorer.score(criterion(CheckCode.OUTCOME_NOT_MEASURABLE,
                CheckCode.PFA_OUTCOMES_MISSING), outcomes);

        assertThat(result.score()).isEqualTo(30.0);
        assertThat(result.result()).isEqualTo(CriterionVerdict.NOT_MET);
    }

    @Test
    void resultsFollowTheThresholds() {
        put(CheckCode.JARGON, Map.of(), outcome(CheckCode.JARGON, CheckResult.PASS, 80));
        assertThat(scorer.score(criterion(CheckCode.JARGON), outcomes).result()).isEqualTo(CriterionVerdict.MET);
        put(CheckCode.JARGON, Map.of(), outcome(CheckCode.JARGON, CheckResult.PASS, 79));
        assertThat(scorer.score(criterion(CheckCode.JARGON), outcomes).result()).isEqualTo(CriterionVerdict.PARTLY_MET);
        put(CheckCode.JARGON, Map.of(), outcome(CheckCode.JARGON, CheckResult.FAIL, 50));
        assertThat(scorer.score(criterion(CheckCode.JARGON), outcomes).result()).isEqualTo(CriterionVerdict.PARTLY_MET);
        put(CheckCode.JARGON, Map.of(), outcome(CheckCode.JARGON, CheckResult.FAIL, 49));
        assertThat(scorer.score(criterion(CheckCode.JARGON), outcomes).result()).isEqualTo(CriterionVerdict.NOT_MET);
    }

    @Test
    void allChecksNotApplicableMakesTheCriterionNotApplicable() {
        put(CheckCode.PFA_OUTCOMES_MISSING, Map.of(), CheckOutcome.notApplicable(CheckCode.PFA_OUTCOMES_MISSING, "Year 4."));

        CriterionAssessment result = scorer.score(criterion(CheckCode.PFA_OUTCOMES_MISSING), outcomes);

        assertThat(result.result()).isEqualTo(CriterionVerdict.NOT_APPLICABLE);
        assertThat(result.score()).isNull();
        assertThat(CriterionScorer.toScore(result).applicable()).isFalse();
    }

    @Test
    void aCriterionWithoutARunnableCheckIsLeftToTheAuditor() {
        CriterionAssessment none = scorer.score(criterion(), outcomes);
        CriterionAssessment unregistered = scorer.score(criterion(CheckCode.COPIED_TEXT), outcomes);

        assertThat(none.result()).isEqualTo(CriterionVerdict.NOT_ASSESSED);
        assertThat(unregistered.result()).isEqualTo(CriterionVerdict.NOT_ASSESSED);
        assertThat(unregistered.score()).isNull();
    }

    @Test
    void outcomesAreMatchedByCodeAndParameters() {
        put(CheckCode.UNQUANTIFIED_PROVISION, Map.of(), outcome(CheckCode.UNQUANTIFIED_PROVISION, CheckResult.PASS, 100));
        put(CheckCode.UNQUANTIFIED_PROVISION, Map.of("sections", List.of("G")),
                outcome(CheckCode.UNQUANTIFIED_PROVISION, CheckResult.FAIL, 20));
        Criterion g = new Criterion("G1", SectionCode.G, "text", null, 100, false, "cite",
                List.of(new CheckReference(CheckCode.UNQUANTIFIED_PROVISION, Map.of("sections", List.of("G")))));

        assertThat(scorer.score(g, outcomes).score()).isEqualTo(20.0);
    }

    private void put(CheckCode code, Map<String, Object> params, CheckOutcome outcome) {
        outcomes.put(new CheckRun(code, CheckParams.of(params)), outcome);
    }

    static CheckOutcome outcome(CheckCode code, CheckResult result, int score) {
        List<Finding> findings = result == CheckResult.FAIL
                ? List.of(Finding.of(SectionCode.F, new Evidence(0, 4, "Some"), code.code() + " finding."))
                : List.of();
        return new CheckOutcome(code, result, score, findings, code.code() + (result == CheckResult.FAIL
                ? " failed." : " passed."));
    }

    private static Criterion criterion(CheckCode... codes) {
        List<CheckReference> checks = java.util.Arrays.stream(codes)
                .map(code -> new CheckReference(code, Map.of())).toList();
        return new Criterion("F1", SectionCode.F, "text", null, 100, false, "cite", checks);
    }
}
