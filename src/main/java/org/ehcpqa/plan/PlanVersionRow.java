package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("plan_version")
record PlanVersionRow(
        @Id @GeneratedValue @Nullable Long id,
        long planId,
        int versionNumber,
        String sha256,
        String fileName,
        String mediaType,
        String status,
        int pageCount,
        @Nullable String childName,
        @Nullable LocalDate dateOfBirth,
        @Nullable LocalDate issueDate,
        @Nullable String issueStatus,
        @Nullable String primaryNeed,
        @Nullable String setting,
        @Nullable Integer ageAtIssue,
        @Nullable String schoolYear,
        String warnings,
        String ingestedBy,
        @DateCreated @Nullable Instant ingestedAt) {
}
