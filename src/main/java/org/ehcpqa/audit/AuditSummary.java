package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A line of an audit list: who, what and where it stands, without any rating (lists never break blindness). */
@Serdeable
public record AuditSummary(long id, @Nullable Long planId, @Nullable Long versionId, String framework,
                           String frameworkHash, AuditStatus status, String auditor, @Nullable String moderator,
                           @Nullable String moderationStatus, @Nullable String team, @Nullable LocalDate auditedOn,
                           int version) {

    static AuditSummary of(AuditRow row) {
        return new AuditSummary(row.id(), row.planId(), row.versionId(), row.frameworkId(), row.frameworkHash(),
                row.status(), row.auditor(), row.moderator(), row.moderationStatus(), row.team(), row.auditedOn(),
                row.lockVersion());
    }
}
