package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Published inside the transaction that makes an audit FINAL (or imports a historical one), so that summaries kept
 * by other features change in the same commit as the audit or not at all.
 *
 * @param sections the confirmed rating of each rated section and of OVERALL: the agreed rating after moderation,
 *                 otherwise the auditor's (override first)
 * @param criteria the auditor's judgement of each criterion
 */
public record AuditFinalised(long auditId, String frameworkId, String frameworkHash, LocalDate auditedOn,
                             @Nullable String team, @Nullable String caseworker, @Nullable String primaryNeed,
                             @Nullable String phase, List<ConfirmedRating> sections, List<ConfirmedCriterion> criteria) {

    public record ConfirmedRating(String section, String rating) {
    }

    public record ConfirmedCriterion(String criterionId, String section, Judgement result) {
    }
}
