package org.ehcpqa.scoring.assessment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;

/** What other features (pages) may ask of assessments: read one, and start or follow re-scoring. */
@Singleton
public class AssessmentReader {

    private final Assessments assessments;
    private final RescoreJobs rescoring;

    AssessmentReader(Assessments assessments, RescoreJobs rescoring) {
        this.assessments = assessments;
        this.rescoring = rescoring;
    }

    /** The current version's assessment by the framework (the default when null), scoring it if none is stored. */
    public AssessmentResponse current(long planId, @Nullable String framework) {
        return assessments.current(planId, framework);
    }

    public RescoreStatus startRescore() {
        return rescoring.start();
    }

    public Optional<RescoreStatus> rescore(String jobId) {
        return rescoring.find(jobId);
    }
}
