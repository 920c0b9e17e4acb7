package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A line of an audit list: who, what and where it stands, without any rating (lists never break blindness). */
@Serdeable
public record AuditSummary(long id, @Nullable Long planId, @Nullable Long versionId, String framework,
                           AuditStatus status, String auditor, @Nullable String moderator,
                           @Nullable String moderationStatus, @Nullable String team, @Nullable LocalDate auditedOn,
                           int version) {
}
