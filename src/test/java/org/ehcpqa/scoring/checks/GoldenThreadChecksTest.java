package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.CheckResult;
import org.ehcpqa.scoring.TestPlans;
import org.ehcpqa.scoring.thread.GoldenThread;
import org.ehcpqa.scoring.thread.GoldenThreadLinker;
import org.ehcpqa.scoring.thread.NeedLinks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcpqa.scoring.TestPlans.plan;

class GoldenThreadChecksTest {

    static final String B = """
            Strengths
            • Amira is a kind friend and loves drawing.
            Communication and interaction
            • Amira finds it difficult to follow spoken instructions of more than two parts.
            Cognition and learning
            • Amira's reading is below age expectations; she finds it hard to blend sounds in words.
            Social, emotional and mental health
            • Amira becomes anxious at unstructured times such as lunch and break.
            """;

    static final String E = """
            By the end of Key Stage 2, Amira will follow three-part instructions in 4 out of 5 lessons.
            By July 2027, Amira will blend and read 40 phonically decodable words.
            """;

    static final String F = """
            • A teaching assistant will check Amira's understanding of instructions after each teacher explanation, using a visual prompt card, in every lesson.
            • Daily 15-minute phonics intervention with a trained teaching assistant.
            • Amira will have a lunchtime club led by the learning mentor every day, with a calm space to retreat to.
            """;

    private final NeedWithoutOutcomeCheck needWithoutOutcome = new NeedWithoutOutcomeCheck();
    private final NeedWithoutProvisionCheck needWithoutProvision = new NeedWithoutProvisionCheck();
    private final HealthNeedWithoutHealthProvisionCheck health = new HealthNeedWithoutHealthProvisionCheck();
    private final SocialCareNeedWithoutProvisionCheck care = new SocialCareNeedWithoutProvisionCheck();

    private TestPlans threaded() {
        return plan().section(SectionCode.B, B).section(SectionCode.E, E).section(SectionCode.F, F);
    }

    @Test
    void everyNeedHasProvisionAndStrengthsAreNotNeeds() {
        CheckOutcome outcome = threaded().run(needWithoutProvision);
        assertThat(outcome.result()).isEqualTo(CheckResult.PASS);
        assertThat(outcome.summary()).isEqualTo("Every need has a linked provision in section F.");
    }

    @Test
    void aNeedWithNoOutcomeIsReportedWithItsText() {
        CheckOutcome outcome = threaded().run(needWithoutOutcome);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly(
                "Amira becomes anxious at unstructured times such as lunch and break.");
        assertThat(outcome.findings().getFirst().explanation()).startsWith("Need 4 in section B ('Amira becomes anxious");
    }

    @Test
    void aNeedWithNoProvisionIsReported() {
        String f = "• Daily 15-minute phonics intervention with a trained teaching assistant.";
        CheckOutcome outcome = threaded().section(SectionCode.F, f).run(needWithoutProvision);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly(
                "Amira finds it difficult to follow spoken instructions of more than two parts.",
                "Amira becomes anxious at unstructured times such as lunch and break.");
        assertThat(outcome.findings()).allSatisfy(f2 -> assertThat(f2.section()).isEqualTo(SectionCode.B));
    }

    @Test
    void theThreadExposesLinksWithSpansAndSharedTerms() {
        GoldenThread thread = new GoldenThreadLinker().link(threaded().build(), TestPlans.LEXICONS, 2);
        assertThat(thread.needsIn(SectionCode.B)).hasSize(3);
        NeedLinks reading = thread.needsIn(SectionCode.B).get(1);
        assertThat(reading.provision()).extracting(l -> l.item().text())
                .containsExactly("Daily 15-minute phonics intervention with a trained teaching assistant.");
        assertThat(reading.provision().getFirst().sharedTerms()).contains("literacy");
        assertThat(reading.outcomes()).hasSize(1);
        assertThat(thread.withoutOutcome()).extracting(n -> n.need().number()).containsExactly(4);
    }

    @Test
    void healthNeedsNeedHealthProvision() {
        String c = "• Amira has epilepsy and may have seizures lasting up to two minutes.\n"
                + "• Amira has eczema that becomes painful in hot weather.";
        String g = "• The school nurse will train two named staff each year in Amira's epilepsy care plan and rescue medication.";
        CheckOutcome outcome = plan().section(SectionCode.C, c).section(SectionCode.G, g).run(health);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("Amira has eczema that becomes painful in hot weather.");
    }

    @Test
    void noHealthNeedsStatedMeansNotApplicable() {
        CheckOutcome outcome = plan().section(SectionCode.C, "Amira has no identified health needs related to her SEN.")
                .run(health);
        assertThat(outcome.result()).isEqualTo(CheckResult.NOT_APPLICABLE);
    }

    @Test
    void socialCareNeedsLinkToH1OrH2() {
        String d = "• Amira's parents need short breaks because Amira needs support through the night.";
        String h2 = "• Amira will have an overnight short break at Willow House one weekend a month, funded by social care.";
        assertThat(plan().section(SectionCode.D, d).section(SectionCode.H2, h2).run(care).result())
                .isEqualTo(CheckResult.PASS);
        CheckOutcome missing = plan().section(SectionCode.D, d).section(SectionCode.H1, "No provision.").run(care);
        assertThat(missing.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(missing)).containsExactly(
                "Amira's parents need short breaks because Amira needs support through the night.");
    }

    @Test
    void aStricterLinkThresholdIsAParam() {
        CheckOutcome outcome = threaded().run(needWithoutProvision, CheckParams.of(java.util.Map.of("minLinkScore", 9)));
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
    }
}
