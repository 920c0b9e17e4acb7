package org.ehcpqa.scoring.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("assessment")
record AssessmentRow(
        @Id @GeneratedValue @Nullable Long id,
        long planId,
        long versionId,
        String frameworkId,
        String frameworkHash,
        String frameworkVersion,
        @Nullable String overallRating,
        @Nullable Double overallScore,
        String resultJson,
        @DateCreated @Nullable Instant assessedAt) {
}
