package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * Request bodies of the audit API. Every change carries the audit version it was based on, in {@code version} or
 * in an {@code If-Match} header (the header wins).
 */
public final class AuditRequests {

    private AuditRequests() {
    }

    /**
     * @param versionId the plan version; the plan's current version when absent
     * @param framework the framework id; the default framework when absent
     * @param auditor   who the audit is assigned to; the caller when absent
     */
    @Serdeable
    public record Open(long planId, @Nullable Long versionId, @Nullable String framework, @Nullable String auditor) {
    }

    @Serdeable
    public record CriterionChange(@Nullable Judgement result, @Nullable String comment, @Nullable Integer version) {
    }

    @Serdeable
    public record CriterionRating(String criterionId, @Nullable Judgement result, @Nullable String comment) {
    }

    @Serdeable
    public record CriteriaChange(@Nullable Integer version, List<CriterionRating> ratings) {
    }

    /** A null rating removes the override. */
    @Serdeable
    public record Override(@Nullable String rating, @Nullable String rationale, @Nullable Integer version) {
    }

    @Serdeable
    public record Finding(@Nullable FindingKind kind, @Nullable String section, @Nullable String criterionId,
                   @Nullable String text, @Nullable EvidenceSpan evidence, @Nullable String actionOwner,
                   @Nullable LocalDate actionDue, @Nullable ActionStatus actionStatus, @Nullable Integer version) {
    }

    /** Whether an action was carried out: DONE or OPEN. */
    @Serdeable
    public record ActionFollowUp(@Nullable ActionStatus status, @Nullable Integer version) {
    }

    @Serdeable
    public record VersionOnly(@Nullable Integer version) {
    }

    @Serdeable
    public record AgreedRating(String section, String rating, @Nullable String rationale) {
    }

    /** Ratings the raters gave alike need not be listed: they are agreed as they stand. */
    @Serdeable
    public record Agreement(@Nullable Integer version, @Nullable List<AgreedRating> ratings) {
    }
}
