package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.IssueStatus;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckResult;
import org.ehcpqa.scoring.TestPlans;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcpqa.scoring.TestPlans.plan;

class PlanShapeChecksTest {

    private final MissingSectionCheck missing = new MissingSectionCheck();
    private final PlacementMissingCheck placement = new PlacementMissingCheck();
    private final PersonalBudgetStatementMissingCheck budget = new PersonalBudgetStatementMissingCheck();
    private final MissingSignatureOrDateCheck signature = new MissingSignatureOrDateCheck();
    private final PfaOutcomesMissingCheck pfa = new PfaOutcomesMissingCheck();
    private final StalePhaseReferenceCheck stale = new StalePhaseReferenceCheck();
    private final TherapyInHealthSectionCheck therapy = new TherapyInHealthSectionCheck();

    private static TestPlans complete() {
        TestPlans plan = plan();
        for (SectionCode code : SectionCode.values()) {
            plan.section(code, "Text for section " + code.name() + ".");
        }
        return plan;
    }

    @Test
    void allSectionsPresentPasses() {
        assertThat(complete().run(missing).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void missingAndEmptySectionsAreNamed() {
        TestPlans plan = plan();
        for (SectionCode code : SectionCode.values()) {
            if (code != SectionCode.H1) {
                plan.section(code, code == SectionCode.D ? "  " : "Text.");
            }
        }
        CheckOutcome outcome = plan.run(missing);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(outcome.findings()).extracting(f -> f.section()).containsExactly(SectionCode.D, SectionCode.H1);
        assertThat(outcome.findings().get(1).explanation()).startsWith(
                "Section H1 (Social care provision (CSDPA 1970 section 2)) is missing from the plan");
    }

    @Test
    void aDraftMayLeaveSectionIBlank() {
        assertThat(complete().section(SectionCode.I, "").status(IssueStatus.DRAFT).run(missing).result())
                .isEqualTo(CheckResult.PASS);
        assertThat(plan().status(IssueStatus.DRAFT).run(placement).result()).isEqualTo(CheckResult.NOT_APPLICABLE);
    }

    @Test
    void aNamedPlacementWithItsTypePasses() {
        String i = "Brookfield Primary School, a mainstream maintained primary school.";
        assertThat(plan().section(SectionCode.I, i).run(placement).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void aPlaceholderPlacementFailsWithItsWords() {
        CheckOutcome outcome = plan().section(SectionCode.I, "School to be confirmed following consultation.").run(placement);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("to be confirmed");
        assertThat(outcome.findings()).hasSize(2);
    }

    @Test
    void aNameWithoutItsTypeFails() {
        CheckOutcome outcome = plan().section(SectionCode.I, "Hollins Park Primary School").run(placement);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(outcome.findings().getFirst().explanation()).contains("what type of setting");
    }

    @Test
    void personalBudgetDetailsOrANotRequestedStatementPass() {
        assertThat(plan().section(SectionCode.J, "Amira's parents have not requested a personal budget.").run(budget)
                .result()).isEqualTo(CheckResult.PASS);
        assertThat(plan().section(SectionCode.J, "A direct payment of £1,200 per year for a personal assistant for "
                + "after-school clubs.").run(budget).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void personalBudgetNotApplicableOrEmptyFails() {
        CheckOutcome na = plan().section(SectionCode.J, "N/A").run(budget);
        assertThat(na.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(na)).containsExactly("N/A");
        assertThat(plan().run(budget).result()).isEqualTo(CheckResult.FAIL);
    }

    @Test
    void aSignedAndDatedClosingPasses() {
        assertThat(plan().section(SectionCode.K, "1. Parents' views, 2 June 2025")
                .closing("Signed: Priya Nair, SEN Officer, on behalf of the local authority\nDate: 3 November 2025")
                .run(signature).result()).isEqualTo(CheckResult.PASS);
        assertThat(plan().section(SectionCode.K, "1. Parents' views, 2 June 2025\n\nSigned: Priya Nair, SEN Officer\n"
                + "Date: 03/11/2025").run(signature).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void anUndatedSignatureFailsAndQuotesIt() {
        CheckOutcome outcome = plan().section(SectionCode.K, "1. Parents' views")
                .closing("Signed: Priya Nair, SEN Officer").run(signature);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(outcome.findings()).hasSize(1);
        assertThat(outcome.findings().getFirst().section()).isNull();
        assertThat(TestPlans.quoted(outcome)).containsExactly("Signed");
    }

    @Test
    void pfaOutcomesFromYearNine() {
        String e = """
                By July 2027, Jordan will complete a week of work experience at a local garden centre.
                By the end of Year 11, Jordan will travel by bus to college independently.
                By the end of Year 10, Jordan will join one community club of his choice.
                By the end of Year 10, Jordan will book his own GP appointment with one prompt.
                """;
        assertThat(plan().child("Jordan Hale").year("Year 10").section(SectionCode.E, e).run(pfa).result())
                .isEqualTo(CheckResult.PASS);
        CheckOutcome outcome = plan().child("Jordan Hale").year("Year 10")
                .section(SectionCode.E, "By July 2027, Jordan will read 20 words.").run(pfa);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(outcome.findings()).hasSize(4);
        assertThat(plan().year("Year 6").section(SectionCode.E, "By July 2027, Amira will read 20 words.").run(pfa)
                .result()).isEqualTo(CheckResult.NOT_APPLICABLE);
    }

    @Test
    void stalePhaseReferencesAreQuoted() {
        String f = "• Jordan's class teacher will adapt Key Stage 2 maths work daily.\n"
                + "• When he was in Year 5 he had a reading buddy.\n"
                + "• A GCSE English resit class, 3 hours a week, taught by a qualified teacher.";
        CheckOutcome outcome = plan().child("Jordan Hale").year("Post-16 (Year 12)").section(SectionCode.F, f).run(stale);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("Key Stage 2");
    }

    @Test
    void currentAndNextPhaseReferencesPass() {
        String e = "By the end of Key Stage 2, Amira will read 40 words. By the end of Year 6 she will be ready for "
                + "secondary school routines.";
        assertThat(plan().year("Year 5").section(SectionCode.E, e).run(stale).result()).isEqualTo(CheckResult.PASS);
        CheckOutcome earlyYears = plan().year("Nursery").section(SectionCode.F, "• Daily GCSE revision with a teacher.")
                .run(stale);
        assertThat(earlyYears.result()).isEqualTo(CheckResult.FAIL);
    }

    @Test
    void teachingTherapyInGIsReported() {
        String g = "• The NHS speech and language therapist will set a programme of vocabulary targets each term and "
                + "train school staff to deliver it.\n"
                + "• The speech and language therapist will review Amira's swallowing and eating and drinking plan yearly.";
        CheckOutcome outcome = plan().section(SectionCode.G, g).run(therapy);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).hasSize(1).first().asString().startsWith("The NHS speech and language therapist will set");
        assertThat(outcome.findings().getFirst().explanation()).contains("belongs in section F");
    }

    @Test
    void clinicalHealthProvisionStaysInG() {
        String g = "• The physiotherapist will review Amira's splints every 6 months.\n"
                + "• The community paediatrician will review her medication yearly.";
        assertThat(plan().section(SectionCode.G, g).run(therapy).result()).isEqualTo(CheckResult.PASS);
    }
}
