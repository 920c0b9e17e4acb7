package org.ehcpqa.scoring.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One check that flagged an assessment: the plan list filters by flag through these rows. */
@MappedEntity("assessment_flag")
record AssessmentFlagRow(
        @Id @GeneratedValue @Nullable Long id,
        long assessmentId,
        long versionId,
        String frameworkId,
        String checkCode) {
}
