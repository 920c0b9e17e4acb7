package org.ehcpqa.scoring.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("assessment_criterion")
record AssessmentCriterionRow(
        @Id @GeneratedValue @Nullable Long id,
        long assessmentId,
        long versionId,
        String frameworkId,
        String frameworkHash,
        String criterionId,
        String section,
        String result,
        @Nullable Double score) {
}
