package org.ehcpqa.scoring;

import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentServiceTest {

    private final AssessmentService service = GeneratedPlans.service();
    private final List<QaFramework> frameworks = GeneratedPlans.shippedFrameworks();
    private final SyntheticPlanGenerator generator = new SyntheticPlanGenerator();

    @Test
    void everyCriterionGetsAResultAndEveryFlagQuotesItsSection() {
        PlanView plan = GeneratedPlans.read(generator.generate(11, HouseStyle.NORTHMOOR, DocumentFormat.TXT,
                PlanQuality.WEAK), 1);

        List<Assessment> assessments = service.assessAll(plan, frameworks);

        assertThat(assessments).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Assessment assessment = assessments.get(i);
            assertThat(assessment.framework()).isSameAs(frameworks.get(i));
            assertThat(assessment.criteria()).extracting(CriterionAssessment::criterionId)
                    .containsExactlyElementsOf(frameworks.get(i).criteria().stream().map(c -> c.id()).toList());
            assertThat(assessment.rating().overallScore()).isNotNull();
            assertThat(assessment.flags()).isNotEmpty();
            for (Flag flag : assessment.flags()) {
                String text = flag.section() == null ? "" : plan.sections().stream()
                        .filter(s -> s.code() == flag.section()).findFirst().orElseThrow().text();
                flag.evidence().forEach(span -> assertThat(text.substring(span.start(), span.end()))
                        .isEqualTo(span.text()));
            }
        }
        assertThat(assessments.get(0).criteria().stream().filter(c -> c.criterionId().equals("A2")).findFirst()
                .orElseThrow().result()).isEqualTo(CriterionVerdict.NOT_ASSESSED);
    }

    @Test
    void theGoldenThreadShowsEveryNeedOfBWithItsLinks() {
        PlanView plan = GeneratedPlans.read(generator.generate(12, HouseStyle.NORTHMOOR, DocumentFormat.TXT,
                PlanQuality.STRONG), 2);

        Assessment assessment = service.assess(plan, frameworks.get(0));

        assertThat(assessment.goldenThread().needsIn(SectionCode.B)).isNotEmpty();
        assertThat(assessment.goldenThread().needsIn(SectionCode.B))
                .anySatisfy(need -> assertThat(need.hasProvision()).isTrue());
    }

    @Test
    void theSharedThreadJudgesTheThreadChecksAsTheChecksDoAlone() {
        PlanView view = GeneratedPlans.fromTruth(generator.generate(13, HouseStyle.ASHVALE, DocumentFormat.TXT,
                PlanQuality.WEAK), 3);
        PlanForScoring plan = AssessmentService.forScoring(view);
        CheckLibrary library = new CheckLibrary(PlanFixtures.allChecks());
        var thread = new org.ehcpqa.scoring.thread.GoldenThreadLinker().link(plan, TestPlans.LEXICONS, 2);
        for (CheckCode code : List.of(CheckCode.NEED_WITHOUT_OUTCOME, CheckCode.NEED_WITHOUT_PROVISION,
                CheckCode.HEALTH_NEED_WITHOUT_HEALTH_PROVISION, CheckCode.SOCIAL_CARE_NEED_WITHOUT_PROVISION)) {
            assertThat(org.ehcpqa.scoring.checks.ThreadJudgements.judge(code, thread, CheckParams.none()))
                    .contains(library.run(code, plan, CheckParams.none(), TestPlans.LEXICONS));
        }
        assertThat(org.ehcpqa.scoring.checks.ThreadJudgements.judge(CheckCode.NEED_WITHOUT_OUTCOME, thread,
                CheckParams.of(java.util.Map.of("minLinkScore", 3)))).isEmpty();
    }
}
