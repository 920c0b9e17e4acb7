package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.CheckResult;
import org.ehcpqa.scoring.TestPlans;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcpqa.scoring.TestPlans.plan;

class AdviceChecksTest {

    static final String FULL_K = """
            The following advice and information was gathered during the assessment:
            1. Parents' views, Mr and Mrs Okafor, 2 June 2025
            2. Educational psychology advice, Dr Lena Marsh, Educational Psychologist, 16/06/2025
            3. Health advice, Dr Samuel Reid, Community Paediatrician, 20 June 2025
            4. Social care advice, Children's Services: not known to social care, 12 June 2025
            5. Educational advice, Brookfield Primary School SENCo, 9 June 2025
            """;

    private final OutdatedAdviceCheck outdated = new OutdatedAdviceCheck();
    private final AdviceMissingDatesCheck missingDates = new AdviceMissingDatesCheck();
    private final MandatoryAdviceMissingCheck mandatory = new MandatoryAdviceMissingCheck();

    @Test
    void currentCompleteDatedAdvicePasses() {
        TestPlans strong = plan().section(SectionCode.K, FULL_K);
        assertThat(strong.run(outdated).result()).isEqualTo(CheckResult.PASS);
        assertThat(strong.run(missingDates).result()).isEqualTo(CheckResult.PASS);
        assertThat(strong.run(mandatory).result()).isEqualTo(CheckResult.PASS);
    }

    @Test
    void oldAdviceIsQuotedByItsDate() {
        String k = FULL_K.replace("16/06/2025", "14 March 2024");
        CheckOutcome outcome = plan().section(SectionCode.K, k).run(outdated);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("14 March 2024");
        assertThat(outcome.findings().getFirst().explanation()).isEqualTo("Item 2 of section K, the Educational "
                + "psychology advice dated 14 March 2024, was 19 months old when the plan was issued on 3 November 2025; "
                + "advice older than 12 months may no longer describe the child.");
    }

    @Test
    void theAgeLimitIsAParamAndShorterForUnderFives() {
        String k = FULL_K.replace("16/06/2025", "14 March 2025");
        assertThat(plan().section(SectionCode.K, k).run(outdated).result()).isEqualTo(CheckResult.PASS);
        assertThat(plan().section(SectionCode.K, k).run(outdated, CheckParams.of(Map.of("maxAgeMonths", 6))).result())
                .isEqualTo(CheckResult.FAIL);
        assertThat(plan().section(SectionCode.K, k).born(LocalDate.of(2021, 12, 1)).run(outdated).result())
                .isEqualTo(CheckResult.FAIL);
    }

    @Test
    void unknownIssueDateMeansNotApplicable() {
        assertThat(plan().section(SectionCode.K, FULL_K).issued(null).run(outdated).result())
                .isEqualTo(CheckResult.NOT_APPLICABLE);
    }

    @Test
    void undatedAdviceIsQuoted() {
        String k = FULL_K.replace(", 20 June 2025", "");
        CheckOutcome outcome = plan().section(SectionCode.K, k).run(missingDates);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(TestPlans.quoted(outcome)).containsExactly("Health advice, Dr Samuel Reid, Community Paediatrician");
    }

    @Test
    void missingMandatoryAdviceIsNamed() {
        String k = """
                • Parents' views, 2 June 2025
                • Educational advice from the class teacher, 9 June 2025
                • Educational psychology advice, 16 June 2025
                """;
        CheckOutcome outcome = plan().section(SectionCode.K, k).run(mandatory);
        assertThat(outcome.result()).isEqualTo(CheckResult.FAIL);
        assertThat(outcome.findings()).extracting(f -> f.explanation()).containsExactly(
                "Section K lists no health advice; the SEND Regulations 2014 (regulation 6) require it for every plan.",
                "Section K lists no social care advice; the SEND Regulations 2014 (regulation 6) require it for every plan.");
        assertThat(outcome.score()).isEqualTo(50);
    }
}
