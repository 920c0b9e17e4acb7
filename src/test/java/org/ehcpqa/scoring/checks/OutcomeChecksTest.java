package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckResult;
import org.ehcpqa.scoring.TestPlans;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcpqa.scoring.TestPlans.plan;

class OutcomeChecksTest {

    static final String STRONG_E = """
            Communication and interaction
            By the end of Key Stage 2, Amira will ask an adult for help using a full sentence in 4 out of 5 lessons.
            Steps towards this outcome:
            • Amira will use a help card to show she needs help.
            Cognition and learning
            By July 2027, Amira will read a Year 4 book aloud with 90% accuracy.
            By the end of Year 5, Amira will write three sentences independently, using capital letters and full stops.
            """;

    static final String WEAK_E = """
            • Amira will improve her confidence.
            • Amira will have access to speech and language therapy.
            • By the end of Year 5, Amira will develop her social skills.
            • Amira will read 20 common exception words.
            """;

    private final OutcomeNotTimeBoundCheck timeBound = new OutcomeNotTimeBoundCheck();
    private final OutcomeNotMeasurableCheck measurable = new OutcomeNotMeasurableCheck();

    @Test
    void smartOutcomesPass() {
        assertThat(plan().section(SectionCode.E, STRONG_E).run(timeBound).result()).isEqualTo(CheckResult.PASS);
        assertThat(plan().section(SectionCode.E, STRONG_E).run(measurable).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void outcomesWithoutATimescaleAreQuoted() {
        CheckOutcome outcome = plan().section(SectionCode.E, WEAK_E).run(timeBound);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("Amira will improve her confidence.",
                "Amira will have access to speech and language therapy.", "Amira will read 20 common exception words.");
        assertThat(outcome.findings().getFirst().explanation()).isEqualTo("Item 1 of section E says 'Amira will improve "
                + "her confidence.' but not by when; give the point at which it should be met, for example 'by the end "
                + "of Key Stage 2' or 'by July 2027'.");
    }

    @Test
    void oneTimescaleForAllOutcomesIsEnough() {
        String e = "All outcomes in this section are to be achieved by the end of Key Stage 2.\n"
                + "• Amira will read 20 common exception words.";
        assertThat(plan().section(SectionCode.E, e).run(timeBound).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void softOrProvisionLikeOutcomesAreNotMeasurable() {
        CheckOutcome outcome = plan().section(SectionCode.E, WEAK_E).run(measurable);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("Amira will improve her confidence.",
                "Amira will have access to speech and language therapy.",
                "By the end of Year 5, Amira will develop her social skills.");
        assertThat(outcome.findings().get(1).explanation()).contains("describes support rather than what the child will achieve");
    }

    @Test
    void anObservableActionIsMeasurableEnough() {
        String e = "By the end of Year 6, Amira will travel to school by bus with a friend.";
        assertThat(plan().section(SectionCode.E, e).run(measurable).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void noOutcomesMeansNotApplicable() {
        assertThat(plan().run(timeBound).result()).isEqualTo(CheckResult.NOT_APPLICABLE);
        assertThat(plan().run(measurable).result()).isEqualTo(CheckResult.NOT_APPLICABLE);
    }
}
