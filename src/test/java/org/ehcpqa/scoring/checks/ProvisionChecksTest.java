package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckResult;
import org.ehcpqa.scoring.TestPlans;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcpqa.scoring.TestPlans.plan;

class ProvisionChecksTest {

    static final String STRONG_F = """
            Communication and interaction
            • Amira will receive a speech and language therapy programme, set by an HCPC-registered speech and language therapist each term, and delivered by a trained teaching assistant 3 times a week for 20 minutes.
            • A teaching assistant will pre-teach topic vocabulary in a group of up to 4 pupils for 15 minutes twice weekly.
            Social, emotional and mental health
            • The class teacher will give Amira a visual timetable and a now-and-next board in every lesson.
            • An emotional literacy support assistant (ELSA) will see Amira individually for 30 minutes weekly for 12 weeks.
            """;

    static final String WEAK_F = """
            • Amira will have access to a quiet space.
            • Staff should use visual supports where possible.
            • Regular speech and language therapy input.
            • Support with reading from the teaching assistant for 20 minutes daily.
            """;

    private final UnquantifiedProvisionCheck unquantified = new UnquantifiedProvisionCheck();
    private final VagueProvisionWordingCheck vague = new VagueProvisionWordingCheck();
    private final ProvisionWithoutProviderCheck provider = new ProvisionWithoutProviderCheck();

    @Test
    void strongProvisionPassesAllThree() {
        TestPlans strong = plan().section(SectionCode.F, STRONG_F);
        assertThat(strong.run(unquantified).result()).isEqualTo(CheckResult.PASS);
        assertThat(strong.run(vague).result()).isEqualTo(CheckResult.PASS);
        assertThat(strong.run(provider).result()).isEqualTo(CheckResult.PASS);
        assertThat(strong.run(provider).score()).isEqualTo(100);
    }

    @Test
    void unquantifiedItemsAreQuotedOneByOne() {
        CheckOutcome outcome = plan().section(SectionCode.F, WEAK_F).run(unquantified);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("Amira will have access to a quiet space.",
                "Staff should use visual supports where possible.", "Regular speech and language therapy input.");
        assertThat(outcome.findings().getFirst().explanation()).isEqualTo(
                "Item 1 of section F says 'Amira will have access to a quiet space.' but not how often, for how long or how much.");
        assertThat(outcome.score()).isEqualTo(25);
    }

    @Test
    void aLeadInCanQuantifyTheWholeList() {
        String f = "Every morning for 10 minutes, the teaching assistant will:\n• rehearse the day's timetable with Amira\n"
                + "• check her equipment is ready";
        assertThat(plan().section(SectionCode.F, f).run(unquantified).result()).isEqualTo(CheckResult.PASS);
        assertThat(plan().section(SectionCode.F, f).run(provider).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void vagueWordsAreQuotedExactly() {
        CheckOutcome outcome = plan().section(SectionCode.F, WEAK_F).run(vague);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("access to", "should", "where possible", "Regular");
        assertThat(outcome.findings().getFirst().explanation())
                .startsWith("Item 1 of section F says 'Amira will have access to a quiet space.'. 'access to' says the child may use something");
    }

    @Test
    void regularAndSupportWithPassWhenTheAmountIsGiven() {
        String f = "• Regular movement breaks every 30 minutes, led by the teaching assistant.\n"
                + "• Support with reading from the teaching assistant for 20 minutes daily.\n"
                + "• A small group of 4 pupils for maths with the class teacher, 3 times a week for 30 minutes.";
        assertThat(plan().section(SectionCode.F, f).run(vague).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void provisionWithNoRoleIsReported() {
        CheckOutcome outcome = plan().section(SectionCode.F, WEAK_F).run(provider);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("Amira will have access to a quiet space.",
                "Staff should use visual supports where possible.", "Regular speech and language therapy input.");
    }

    @Test
    void aRoleInTheSubHeadingCounts() {
        String f = "Delivered by the SENCo\n• A weekly 15-minute review of Amira's home-school diary.";
        assertThat(plan().section(SectionCode.F, f).run(provider).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void reviewStatementsAndCrossReferencesAreNotJudgedAsUnquantified() {
        String f = "• The SENCo will review this provision with Amira's parents at each annual review.\n"
                + "• See section G for the school nurse's epilepsy training.";
        assertThat(plan().section(SectionCode.F, f).run(unquantified).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void noProvisionMeansNotApplicable() {
        assertThat(plan().run(unquantified).result()).isEqualTo(CheckResult.NOT_APPLICABLE);
        assertThat(plan().run(vague).result()).isEqualTo(CheckResult.NOT_APPLICABLE);
        assertThat(plan().run(provider).result()).isEqualTo(CheckResult.NOT_APPLICABLE);
    }
}
