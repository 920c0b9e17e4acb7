package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

record FindingRow(long id, long auditId, FindingKind kind, @Nullable String section, @Nullable String criterionId,
                  String text, @Nullable String evidenceText, @Nullable Integer evidenceStart,
                  @Nullable Integer evidenceEnd, @Nullable String actionOwner, @Nullable LocalDate actionDue,
                  @Nullable ActionStatus actionStatus, String createdBy, Instant createdAt) {
}
