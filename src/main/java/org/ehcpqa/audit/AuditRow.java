package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** One row of table audit. */
record AuditRow(long id, @Nullable Long planId, @Nullable Long versionId, String frameworkId, String frameworkHash,
                String frameworkVersion, AuditStatus status, String origin, String auditor,
                @Nullable String moderator, @Nullable String moderationStatus, @Nullable String team,
                @Nullable String caseworker, @Nullable String primaryNeed, @Nullable String phase,
                @Nullable LocalDate issueDate, @Nullable LocalDate auditedOn, int lockVersion, String createdBy,
                Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt, @Nullable Instant moderatedAt,
                @Nullable Instant finalisedAt) {

    static final String MODERATION_OPEN = "OPEN";
    static final String MODERATION_SUBMITTED = "SUBMITTED";

    boolean moderationOpen() {
        return MODERATION_OPEN.equals(moderationStatus);
    }

    boolean moderationSubmitted() {
        return MODERATION_SUBMITTED.equals(moderationStatus);
    }
}
