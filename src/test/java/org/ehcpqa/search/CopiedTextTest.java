package org.ehcpqa.search;

import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.CheckResult;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.PlanSection;
import org.ehcpqa.synthetic.ComposedPlans;
import org.ehcpqa.synthetic.PlanTruth;
import org.ehcpqa.synthetic.SectionTruth;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The copied-text floors of issue 4: recall on copied paragraphs, and no flag for shared template wording. */
class CopiedTextTest {

    private static final String TEMPLATE_F = "The provision in this section is specified and quantified as section 37(2)"
            + " of the Children and Families Act 2014 requires, and the local authority will secure it from the date"
            + " of this plan until it is reviewed at the annual review or amended after a change of circumstances.";
    private static final String TEMPLATE_E = "Outcomes are written with the child and family, are specific, measurable,"
            + " achievable, realistic and time-bound, and are reviewed with the family at every annual review meeting"
            + " held by the school on behalf of the local authority.";

    @Test
    void paragraphsCopiedFromAnotherChildAreFound() {
        int pairs = 30;
        try (SearchFixture fixture = SearchFixture.empty()) {
            for (int i = 0; i < 60; i++) {
                fixture.add(ComposedPlans.truth(9_100_000L + i));
            }
            record Copy(long from, PlanView into, SectionCode section, String paragraph) {
            }
            List<Copy> copies = new ArrayList<>();
            for (int k = 0; k < pairs; k++) {
                long from = 1 + k;
                SectionCode section = List.of(SectionCode.B, SectionCode.E, SectionCode.F).get(k % 3);
                String name = ChildIdentity.firstName(fixture.truths.get((int) from - 1).metadata()).orElseThrow();
                String paragraph = longestLine(fixture.text(from, section), name);
                for (int s = 1; paragraph == null; s++) {
                    section = List.of(SectionCode.B, SectionCode.E, SectionCode.F).get((k + s) % 3);
                    paragraph = longestLine(fixture.text(from, section), name);
                }
                PlanTruth receiver = withParagraph(ComposedPlans.truth(9_200_000L + k), section, paragraph);
                copies.add(new Copy(from, fixture.add(receiver), section, paragraph));
            }
            fixture.index.commitAndRefresh();
            CopiedPassages passages = new CopiedPassages(fixture.index, 20, 0.05, 5);
            CopiedTextCheck check = new CopiedTextCheck(passages);
            int found = 0;
            for (Copy copy : copies) {
                String text = copy.into().sections().stream().filter(s -> s.code() == copy.section()).findFirst()
                        .orElseThrow().text();
                List<SimilarSection> similar = passages.find(text, copy.into().metadata(), copy.into().id(), 10);
                int at = text.indexOf(copy.paragraph());
                int till = at + copy.paragraph().length();
                boolean hit = similar.stream().anyMatch(s -> s.planId() == copy.from()
                        && s.passages().stream().anyMatch(p -> Math.min(p.end(), till) - Math.max(p.start(), at)
                        >= copy.paragraph().length() / 2));
                CheckOutcome outcome = check.run(forScoring(copy.into()), CheckParams.none(), null);
                boolean flagged = outcome.result() == CheckResult.FAIL && outcome.findings().stream()
                        .anyMatch(f -> f.explanation().contains("plan " + copy.from() + " "));
                if (hit && flagged) {
                    found++;
                } else if (System.getProperty("copied.debug") != null) {
                    System.out.println("MISS from " + copy.from() + " hit=" + hit + " flagged=" + flagged + " similar="
                            + similar.stream().map(s -> s.planId() + ":" + s.passages().stream().map(p -> p.words() + "w[" + p.text() + "]").toList()).toList()
                            + "\n  PARA " + copy.paragraph());
                }
            }
            double recall = (double) found / pairs;
            System.out.printf("Copied text recall: %d of %d (%.2f)%n", found, pairs, recall);
            assertThat(recall).isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void fiftyPlansSharingTemplateWordingRaiseNoCopyFlag() {
        try (SearchFixture fixture = SearchFixture.empty()) {
            List<PlanView> plans = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                PlanTruth truth = withParagraph(ComposedPlans.truth(9_300_000L + i), SectionCode.F, TEMPLATE_F);
                plans.add(fixture.add(withParagraph(truth, SectionCode.E, TEMPLATE_E)));
            }
            fixture.index.commitAndRefresh();
            CopiedTextCheck check = new CopiedTextCheck(new CopiedPassages(fixture.index, 20, 0.05, 5));
            List<String> flags = new ArrayList<>();
            for (PlanView plan : plans) {
                CheckOutcome outcome = check.run(forScoring(plan), CheckParams.none(), null);
                outcome.findings().forEach(f -> flags.add("plan " + plan.id() + ": " + f.explanation() + " "
                        + f.evidence().get(0).text()));
            }
            flags.forEach(System.out::println);
            assertThat(flags).isEmpty();
        }
    }

    @Test
    void anEmptyIndexMakesTheCheckNotApplicable() {
        try (SearchFixture fixture = SearchFixture.empty()) {
            CopiedTextCheck check = new CopiedTextCheck(new CopiedPassages(fixture.index, 20, 0.05, 5));
            PlanView plan = SearchFixture.view(1, ComposedPlans.truth(42));
            assertThat(check.run(forScoring(plan), CheckParams.none(), null).result())
                    .isEqualTo(CheckResult.NOT_APPLICABLE);
        }
    }

    @Test
    void aPlanIsNotACopyOfItsOwnEarlierVersion() {
        try (SearchFixture fixture = SearchFixture.empty()) {
            PlanTruth truth = ComposedPlans.truth(77);
            for (int i = 0; i < 50; i++) {
                fixture.add(ComposedPlans.truth(700 + i));
            }
            PlanView indexed = fixture.add(truth);
            fixture.index.commitAndRefresh();
            CopiedTextCheck check = new CopiedTextCheck(new CopiedPassages(fixture.index, 20, 0.05, 5));
            PlanView rescored = SearchFixture.view(indexed.id() + 100, truth);
            CheckOutcome outcome = check.run(forScoring(rescored), CheckParams.none(), null);
            assertThat(outcome.findings()).extracting(f -> f.explanation()).isEmpty();
            assertThat(outcome.result()).isEqualTo(CheckResult.PASS);
        }
    }

    /**
     * The section's longest paragraph about this child (it names them): a "long passage" has at
     * least 25 words. Paragraphs made only of a council's standard wording are template use, which
     * the other test covers.
     */
    private static String longestLine(String text, String name) {
        return Arrays.stream(text.split("\n")).filter(line -> line.contains(name))
                .filter(line -> line.split("\\s+").length >= 25)
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
    }

    /** The plan with a paragraph inserted in the middle of a section, as a copy-paste would put it. */
    private static PlanTruth withParagraph(PlanTruth truth, SectionCode code, String paragraph) {
        List<SectionTruth> sections = new ArrayList<>();
        for (SectionTruth section : truth.sections()) {
            if (section.code() == code) {
                List<String> lines = new ArrayList<>(Arrays.asList(section.text().split("\n")));
                lines.add(lines.size() / 2, paragraph);
                sections.add(new SectionTruth(code, section.title(), String.join("\n", lines)));
            } else {
                sections.add(section);
            }
        }
        return new PlanTruth(truth.houseStyle(), truth.quality(), truth.metadata(), sections, truth.personal());
    }

    private static PlanForScoring forScoring(PlanView plan) {
        return new PlanForScoring(plan.metadata(), plan.sections().stream()
                .map(s -> new PlanSection(s.code(), s.title(), s.text())).toList());
    }
}
