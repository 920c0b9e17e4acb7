package org.ehcpqa.scoring.assessment;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.scoring.Assessment;
import org.ehcpqa.scoring.AssessmentService;
import org.ehcpqa.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/** Scoring and storing plans, and reading assessments back, scoring on demand when none is stored. */
@Singleton
class Assessments {

    private static final Logger LOG = LoggerFactory.getLogger(Assessments.class);

    private final AssessmentService scorer;
    private final AssessmentStore store;
    private final FrameworkRegistry frameworks;
    private final PlanService plans;
    private final String defaultFramework;
    private final ApplicationEventPublisher<AssessmentStored> events;

    Assessments(AssessmentService scorer, AssessmentStore store, FrameworkRegistry frameworks, PlanService plans,
                @Value("${ehcpqa.assessment.default-framework:statutory-baseline}") String defaultFramework,
                ApplicationEventPublisher<AssessmentStored> events) {
        this.events = events;
        this.scorer = scorer;
        this.store = store;
        this.frameworks = frameworks;
        this.plans = plans;
        this.defaultFramework = defaultFramework;
    }

    /** Scores a version with every active framework; a plan without text (NEEDS_OCR) has nothing to score. */
    void scoreAndStore(PlanView plan) {
        if (plan.status() != PlanStatus.PROCESSED) {
            return;
        }
        for (Assessment assessment : scorer.assessAll(plan, frameworks.active())) {
            save(assessment);
        }
    }

    /**
     * The current version's assessment for a framework; without one, the configured default
     * (the statutory baseline, which every council shares), or the first active framework when
     * the default is not active.
     */
    AssessmentResponse current(long planId, @Nullable String frameworkId) {
        PlanView plan = plans.find(planId).orElseThrow(() -> ProblemException.notFound("Plan " + planId));
        QaFramework framework = framework(frameworkId);
        if (plan.status() != PlanStatus.PROCESSED) {
            throw ProblemException.conflict("not-scored", "Plan " + planId + " has no text to score yet ("
                    + plan.status() + ").");
        }
        return store.find(plan.versionId(), framework).orElseGet(() -> scoreOnDemand(plan, framework));
    }

    /**
     * A failure becomes a problem without its cause: the server would otherwise log the
     * exception's message, and messages of text-processing code may quote the plan.
     */
    private AssessmentResponse scoreOnDemand(PlanView plan, QaFramework framework) {
        try {
            return save(scorer.assess(plan, framework));
        } catch (RuntimeException e) {
            LOG.warn("Scoring plan {} version {} with {} failed ({}).", plan.id(), plan.versionId(), framework.id(),
                    e.getClass().getName());
            throw new ProblemException(500, "scoring-failed", "Scoring failed", "The plan could not be scored"
                    + " automatically. It is stored; your administrator can find the failure in the service log.");
        }
    }

    private QaFramework framework(@Nullable String frameworkId) {
        if (frameworkId == null || frameworkId.isBlank()) {
            Optional<QaFramework> configured = frameworks.find(defaultFramework);
            if (configured.isPresent()) {
                return configured.get();
            }
            List<QaFramework> active = frameworks.active();
            if (active.isEmpty()) {
                throw ProblemException.notFound("An active quality framework");
            }
            return active.get(0);
        }
        return frameworks.find(frameworkId)
                .orElseThrow(() -> ProblemException.notFound("Framework '" + frameworkId + "'"));
    }

    /**
     * Two scorings of the same version can race (an upload's listener and a reader asking for it
     * on demand); the unique key lets one win, and the loser answers with the winner's result.
     */
    private AssessmentResponse save(Assessment assessment) {
        try {
            AssessmentResponse saved = store.save(assessment);
            events.publishEvent(new AssessmentStored(assessment.planId(), assessment.versionId()));
            return saved;
        } catch (DataAccessException e) {
            Optional<AssessmentResponse> stored = store.find(assessment.versionId(), assessment.framework());
            if (stored.isPresent()) {
                return stored.get();
            }
            throw e;
        }
    }
}
