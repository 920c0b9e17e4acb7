package org.ehcpqa.scoring.assessment;

import org.ehcpqa.framework.RatingLevel;
import org.ehcpqa.framework.LimitJudgement;
import org.ehcpqa.framework.SectionResult;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Assessment;
import org.ehcpqa.scoring.CriterionAssessment;
import org.ehcpqa.scoring.Evidence;
import org.ehcpqa.scoring.Finding;
import org.ehcpqa.scoring.Flag;
import org.ehcpqa.scoring.assessment.AssessmentResponse.CheckView;
import org.ehcpqa.scoring.assessment.AssessmentResponse.CriterionView;
import org.ehcpqa.scoring.assessment.AssessmentResponse.FlagView;
import org.ehcpqa.scoring.assessment.AssessmentResponse.FrameworkRef;
import org.ehcpqa.scoring.assessment.AssessmentResponse.Overall;
import org.ehcpqa.scoring.assessment.AssessmentResponse.SectionScore;
import org.ehcpqa.scoring.assessment.AssessmentResponse.Span;
import org.ehcpqa.scoring.assessment.AssessmentResponse.ThreadNeed;
import org.ehcpqa.scoring.text.Item;
import org.ehcpqa.scoring.thread.LinkedItem;
import org.ehcpqa.scoring.thread.NeedLinks;

import java.util.ArrayList;
import java.util.List;

/** Maps the scorer's internal records to the API shape. */
final class AssessmentResponses {

    private AssessmentResponses() {
    }

    static AssessmentResponse from(Assessment assessment) {
        var rating = assessment.rating();
        List<SectionScore> sections = new ArrayList<>();
        for (SectionResult section : rating.sections()) {
            List<CriterionView> criteria = assessment.criteria().stream()
                    .filter(criterion -> criterion.section() == section.section())
                    .map(AssessmentResponses::criterion).toList();
            sections.add(new SectionScore(section.section().name(), id(section.rating()), label(section.rating()),
                    round(section.score()), criteria));
        }
        var framework = assessment.framework();
        return new AssessmentResponse(assessment.planId(), assessment.versionId(),
                new FrameworkRef(framework.id(), framework.version(), framework.hash()),
                new Overall(id(rating.overall()), label(rating.overall()), round(rating.overallScore())),
                sections, assessment.flags().stream().map(AssessmentResponses::flag).toList(),
                rating.limits().stream().map(LimitJudgement::reason).toList(),
                assessment.goldenThread().needs().stream().map(AssessmentResponses::need).toList());
    }

    private static CriterionView criterion(CriterionAssessment criterion) {
        List<Span> evidence = new ArrayList<>();
        for (Finding finding : criterion.findings()) {
            finding.evidence().forEach(span -> evidence.add(span(finding.section(), span)));
        }
        return new CriterionView(criterion.criterionId(), criterion.result().name(), round(criterion.score()),
                criterion.explanation(), criterion.outcomes().stream()
                .map(o -> new CheckView(o.code().code(), o.result().name(), o.score())).toList(), evidence);
    }

    private static FlagView flag(Flag flag) {
        return new FlagView(flag.check().code(), flag.section() == null ? null : flag.section().name(),
                flag.evidence().stream().map(span -> span(flag.section(), span)).toList(), flag.explanation());
    }

    private static ThreadNeed need(NeedLinks need) {
        List<String> missing = new ArrayList<>();
        if (need.section() == SectionCode.B && !need.hasOutcome()) {
            missing.add("outcome");
        }
        if (!need.hasProvision()) {
            missing.add("provision");
        }
        return new ThreadNeed(need.section().name(), span(need.section(), need.need()),
                need.outcomes().stream().map(AssessmentResponses::linked).toList(),
                need.provision().stream().map(AssessmentResponses::linked).toList(), missing);
    }

    private static Span linked(LinkedItem item) {
        return span(item.section(), item.item());
    }

    private static Span span(SectionCode section, Item item) {
        return new Span(section.name(), item.text(), item.start(), item.end());
    }

    private static Span span(SectionCode section, Evidence evidence) {
        return new Span(section == null ? null : section.name(), evidence.text(), evidence.start(), evidence.end());
    }

    private static String id(RatingLevel level) {
        return level == null ? null : level.id();
    }

    private static String label(RatingLevel level) {
        return level == null ? null : level.label();
    }

    /** One decimal is all a person reads, and it keeps stored JSON free of float noise. */
    static Double round(Double score) {
        return score == null ? null : Math.round(score * 10) / 10.0;
    }
}
