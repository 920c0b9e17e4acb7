package org.ehcpqa.scoring.assessment;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanVersionStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores each new plan version with every active framework as soon as it is committed. The plan
 * is already stored when this runs, so a scoring failure must not reach the uploader as an error:
 * it is logged (ids and exception class only, never text) and the assessment is made later, on
 * the first request for it or by a re-scoring job. A council migrating years of plans may turn it
 * off ({@code ehcpqa.assessment.score-on-ingest: false}) and re-score once the import is done.
 */
@Singleton
class ScoreOnIngest {

    private static final Logger LOG = LoggerFactory.getLogger(ScoreOnIngest.class);

    private final PlanService plans;
    private final Assessments assessments;
    private final boolean enabled;

    ScoreOnIngest(PlanService plans, Assessments assessments,
                  @Value("${ehcpqa.assessment.score-on-ingest:true}") boolean enabled) {
        this.plans = plans;
        this.assessments = assessments;
        this.enabled = enabled;
    }

    @EventListener
    void onStored(PlanVersionStored event) {
        if (!enabled) {
            return;
        }
        try {
            plans.findVersion(event.planId(), event.versionId()).ifPresent(assessments::scoreAndStore);
        } catch (RuntimeException e) {
            LOG.warn("Scoring plan {} version {} failed ({}); it will be scored on request or by re-scoring.",
                    event.planId(), event.versionId(), e.getClass().getName());
        }
    }
}
