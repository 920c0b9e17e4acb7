package org.ehcpqa.scoring;

import org.ehcpqa.scoring.checks.JargonCheck;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckLibraryTest {

    private static final Lexicons LEXICONS = TestPlans.LEXICONS;
    private final CheckLibrary library = new CheckLibrary(PlanFixtures.allChecks());

    @Test
    void everyCodeButCopiedTextIsRegistered() {
        assertThat(library.codes()).isEqualTo(EnumSet.complementOf(EnumSet.of(CheckCode.COPIED_TEXT)));
        assertThat(library.find(CheckCode.COPIED_TEXT)).isEmpty();
        assertThatThrownBy(() -> library.run(CheckCode.COPIED_TEXT, PlanFixtures.load("strong-plan.txt"),
                CheckParams.none(), LEXICONS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No check is registered for copied_text");
    }

    @Test
    void twoChecksForOneCodeAreRefused() {
        assertThatThrownBy(() -> new CheckLibrary(List.of(new JargonCheck(), new JargonCheck())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("jargon");
    }

    @Test
    void aStrongPlanRaisesNothing() {
        PlanForScoring plan = PlanFixtures.load("strong-plan.txt");
        Map<CheckCode, CheckOutcome> outcomes = runAll(plan);
        List<String> complaints = new ArrayList<>();
        outcomes.forEach((code, outcome) -> {
            TestPlans.assertSpansQuoteTheirSection(plan, outcome);
            if (outcome.result() == CheckResult.FAIL || !outcome.findings().isEmpty()) {
                outcome.findings().forEach(f -> complaints.add(code.code() + ": " + f.explanation()));
            }
        });
        assertThat(complaints).isEmpty();
        assertThat(outcomes.get(CheckCode.PFA_OUTCOMES_MISSING).result()).isEqualTo(CheckResult.PASS);
        assertThat(outcomes.get(CheckCode.HEALTH_NEED_WITHOUT_HEALTH_PROVISION).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void aWeakPlanFailsWhereItIsWeak() {
        PlanForScoring plan = PlanFixtures.load("weak-plan.txt");
        Map<CheckCode, CheckOutcome> outcomes = runAll(plan);
        outcomes.values().forEach(outcome -> TestPlans.assertSpansQuoteTheirSection(plan, outcome));
        List<CheckCode> failed = outcomes.entrySet().stream()
                .filter(e -> e.getValue().result() == CheckResult.FAIL).map(Map.Entry::getKey).toList();
        assertThat(failed).contains(CheckCode.MISSING_SECTION, CheckCode.UNQUANTIFIED_PROVISION,
                CheckCode.VAGUE_PROVISION_WORDING, CheckCode.PROVISION_WITHOUT_PROVIDER, CheckCode.OUTCOME_NOT_TIME_BOUND,
                CheckCode.OUTCOME_NOT_MEASURABLE, CheckCode.NEED_WITHOUT_PROVISION,
                CheckCode.HEALTH_NEED_WITHOUT_HEALTH_PROVISION, CheckCode.SOCIAL_CARE_NEED_WITHOUT_PROVISION,
                CheckCode.THERAPY_IN_HEALTH_SECTION, CheckCode.OUTDATED_ADVICE, CheckCode.ADVICE_MISSING_DATES,
                CheckCode.MANDATORY_ADVICE_MISSING, CheckCode.THIRD_PERSON_VOICE, CheckCode.WRONG_NAME_OR_PRONOUN,
                CheckCode.JARGON, CheckCode.PFA_OUTCOMES_MISSING, CheckCode.PLACEMENT_MISSING,
                CheckCode.PERSONAL_BUDGET_STATEMENT_MISSING, CheckCode.MISSING_SIGNATURE_OR_DATE);
    }

    @Test
    void aTwentyPagePlanIsScoredQuickly() {
        PlanForScoring plan = twentyPagePlan();
        int characters = plan.sections().stream().mapToInt(s -> s.text().length()).sum();
        assertThat(characters).isBetween(55_000, 70_000);
        for (int i = 0; i < 20; i++) {
            runAll(plan);
        }
        // The build machine is shared, so the fastest and the median round say more than the mean.
        int rounds = 40;
        long[] nanos = new long[rounds];
        Map<CheckCode, CheckOutcome> last = null;
        Map<CheckCode, Long> fastestPerCheck = new EnumMap<>(CheckCode.class);
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            last = runAll(plan);
            nanos[i] = System.nanoTime() - start;
            for (CheckCode code : library.codes()) {
                long t = System.nanoTime();
                library.run(code, plan, CheckParams.none(), LEXICONS);
                fastestPerCheck.merge(code, System.nanoTime() - t, Math::min);
            }
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("Check library over a %,d-character plan: fastest %.2f ms, median %.2f ms (%d checks)%n",
                characters, nanos[0] / 1e6, nanos[rounds / 2] / 1e6, last.size());
        fastestPerCheck.forEach((code, t) -> System.out.printf("  %-40s %.2f ms%n", code.code(), t / 1e6));
        assertThat(last).hasSize(library.codes().size());
        assertThat(last.get(CheckCode.MISSING_SECTION).result()).isEqualTo(CheckResult.PASS);
    }

    private Map<CheckCode, CheckOutcome> runAll(PlanForScoring plan) {
        Map<CheckCode, CheckOutcome> outcomes = new EnumMap<>(CheckCode.class);
        for (CheckCode code : library.codes()) {
            outcomes.put(code, library.run(code, plan, CheckParams.none(), LEXICONS));
        }
        return outcomes;
    }

    /** The strong plan with B, E and F repeated until the plan is about twenty pages long. */
    private static PlanForScoring twentyPagePlan() {
        PlanForScoring strong = PlanFixtures.load("strong-plan.txt");
        List<PlanSection> sections = new ArrayList<>();
        for (PlanSection section : strong.sections()) {
            boolean repeat = switch (section.code()) {
                case B, E, F -> true;
                default -> false;
            };
            sections.add(repeat ? new PlanSection(section.code(), section.title(), section.text().repeat(19)) : section);
        }
        return new PlanForScoring(strong.metadata(), sections, strong.closingText());
    }
}
