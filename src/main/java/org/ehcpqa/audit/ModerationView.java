package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The two raters side by side. While the moderator rates blind, the auditor's columns are empty for them
 * ({@code blind} is true), and nobody else sees the moderator's unfinished ratings. Someone not allowed to see
 * the first ratings yet ({@link Visibility}) sees neither column.
 */
@Serdeable
public record ModerationView(long auditId, AuditStatus status, @Nullable String moderationStatus, String auditor,
                             @Nullable String moderator, boolean blind, int version, List<ComparedRating> ratings,
                             List<ComparedCriterion> criteria) {

    /** One section, or OVERALL; each level id with its label in the framework's words. */
    @Serdeable
    public record ComparedRating(String section, String title, @Nullable String auditorRating,
                                 @Nullable String auditorLabel, @Nullable String moderatorRating,
                                 @Nullable String moderatorLabel, @Nullable String moderatorDerivedRating,
                                 @Nullable String moderatorOverrideRationale, @Nullable String agreedRating,
                                 @Nullable String agreedLabel, @Nullable String agreedRationale) {
    }

    @Serdeable
    public record ComparedCriterion(String id, String section, String text, @Nullable String suggestedResult,
                                    @Nullable String explanation, List<EvidenceSpan> evidence,
                                    @Nullable Judgement auditorResult, @Nullable String auditorComment,
                                    @Nullable Judgement moderatorResult, @Nullable String moderatorComment) {
    }
}
