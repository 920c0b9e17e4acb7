package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckResult;
import org.ehcpqa.scoring.TestPlans;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcpqa.scoring.TestPlans.plan;

class VoiceAndLanguageChecksTest {

    private final ThirdPersonVoiceCheck voice = new ThirdPersonVoiceCheck();
    private final WrongNameOrPronounCheck names = new WrongNameOrPronounCheck();
    private final JargonCheck jargon = new JargonCheck();
    private final LowReadabilityCheck readability = new LowReadabilityCheck();

    @Test
    void aChildsOwnVoicePasses() {
        String a = """
                About me
                I like drawing dragons and playing football with my friends.
                I get worried when the hall is noisy.
                When I grow up I want to be a vet.
                My parents' views
                Amira is a caring girl. She loves animals. She finds change hard.
                """;
        assertThat(plan().section(SectionCode.A, a).run(voice).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void aSectionAWrittenAboutTheChildFails() {
        String a = "Amira likes drawing dragons. She enjoys football at break. She wants to be a vet. "
                + "She gets worried when the hall is noisy.";
        CheckOutcome outcome = plan().section(SectionCode.A, a).run(voice);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("Amira likes drawing dragons.",
                "She enjoys football at break.", "She wants to be a vet.");
    }

    @Test
    void reportedViewsWithTheirSourcePass() {
        String a = "Amira's views were gathered by her teaching assistant using Talking Mats. She likes drawing. "
                + "She enjoys football. She wants to be a vet.";
        assertThat(plan().section(SectionCode.A, a).run(voice).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void anotherChildsNameIsReported() {
        String b = "• Amira finds it hard to follow instructions.\n• Oliver will need adult help to start tasks.";
        CheckOutcome outcome = plan().section(SectionCode.B, b).run(names);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("Oliver");
        assertThat(outcome.findings().getFirst().explanation()).isEqualTo("Section B names 'Oliver' where the child, "
                + "Amira, is expected; check the text was not copied from another child's plan.");
    }

    @Test
    void professionalsFamilyAndNicknamesAreNotOtherChildren() {
        String b = "• Amira finds it hard to follow instructions. Mrs Patel is her class teacher.\n"
                + "• Sarah, her teaching assistant, will sit with her. Dr Lena Marsh will review her progress.\n"
                + "• Ami is her name at home. Mum says she sleeps badly. Jacob Okafor is her brother.";
        assertThat(plan().section(SectionCode.B, b).run(names).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void aSchoolNamedInFullElsewhereIsNotAChild() {
        String f = "• Brookfield will fund a teaching assistant for 25 hours a week.";
        assertThat(plan().section(SectionCode.F, f).section(SectionCode.I, "Brookfield Primary School, mainstream.")
                .section(SectionCode.B, "Amira finds reading hard.").run(names).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void aPronounChangeAgainstAClearMajorityIsReported() {
        String b = "Amira finds reading hard and she avoids books. Amira likes maths and she counts well. "
                + "Amira is kind; she helps others. Amira gets tired and he needs breaks.";
        CheckOutcome outcome = plan().section(SectionCode.B, b).run(names);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("he");
    }

    @Test
    void someoneElsesPronounIsNotTheChilds() {
        String b = "Amira finds reading hard and she avoids books. Amira likes maths and she counts well. "
                + "Amira is kind; she helps others. Amira's dad says he is proud of her.";
        assertThat(plan().section(SectionCode.B, b).run(names).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void unexplainedJargonIsReportedOnceWithItsPlainWords() {
        String b = "Amira has weak receptive language. Her expressive language is delayed. "
                + "Her working memory is limited, and differentiated work helps.";
        CheckOutcome outcome = plan().section(SectionCode.B, b).run(jargon);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("receptive language", "expressive language",
                "working memory", "differentiated");
        assertThat(outcome.findings().getFirst().explanation()).isEqualTo("Section B uses 'receptive language' without "
                + "explaining it; a family may not know the term. In plain English: 'understanding what people say'.");
    }

    @Test
    void jargonExplainedOnceIsFine() {
        String b = "Amira sees a speech and language therapist (SALT). The SALT set her targets. "
                + "Her receptive language (understanding what people say) is a strength.";
        assertThat(plan().section(SectionCode.B, b).section(SectionCode.F, "• SALT programme weekly.").run(jargon).findings())
                .isEmpty();
    }

    @Test
    void longConvolutedSectionsAreHardToRead() {
        String sentence = "In consideration of the multifaceted nature of Amira's presentation, professionals "
                + "collectively recommend that consideration is given to the implementation of individualised "
                + "therapeutic interventions incorporating comprehensive multisensory methodologies alongside "
                + "environmental modifications designed to facilitate optimal educational accessibility. ";
        CheckOutcome outcome = plan().section(SectionCode.B, sentence.repeat(4)).run(readability);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(outcome.findings().getFirst().evidence().getFirst().text()).startsWith("In consideration of");
    }

    @Test
    void plainShortSentencesAreReadable() {
        String plain = "Amira likes to draw. She finds loud rooms hard. She needs a quiet place to work. "
                + "Her teacher will show her the plan for the day. She will have a break when she asks. ";
        assertThat(plan().section(SectionCode.B, plain.repeat(5)).run(readability).result()).isEqualTo(CheckResult.PASS);
    }
}
