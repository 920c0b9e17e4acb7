package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The two raters side by side. While the moderator rates blind, the auditor's columns are empty for them
 * ({@code blind} is true), and nobody else sees the moderator's unfinished ratings.
 */
@Serdeable
public record ModerationView(long auditId, AuditStatus status, @Nullable String moderationStatus, String auditor,
                             @Nullable String moderator, boolean blind, int version, List<ComparedRating> ratings,
                             List<ComparedCriterion> criteria) {

    /** One section, or OVERALL. */
    @Serdeable
    public record ComparedRating(String section, @Nullable String auditorRating, @Nullable String moderatorRating,
                                 @Nullable String moderatorDerivedRating, @Nullable String moderatorOverrideRationale,
                                 @Nullable String agreedRating, @Nullable String agreedRationale) {
    }

    @Serdeable
    public record ComparedCriterion(String id, String section, String text, @Nullable String suggestedResult,
                                    @Nullable String explanation, List<EvidenceSpan> evidence,
                                    @Nullable Judgement auditorResult, @Nullable String auditorComment,
                                    @Nullable Judgement moderatorResult, @Nullable String moderatorComment) {
    }
}
