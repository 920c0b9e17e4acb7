package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An audit as the API shows it. To a caller not allowed to see the first auditor's judgement yet (see
 * {@link Visibility}) {@code firstRatingsHidden} is true and every judgement is left out: criterion results and
 * comments, the section and overall ratings, and the findings.
 *
 * @param version the optimistic-lock version: send it back (as {@code If-Match} or {@code "version"}) with a change
 * @param overall the plan's overall rating
 */
@Serdeable
public record AuditView(long id, @Nullable Long planId, @Nullable Long versionId, FrameworkRef framework,
                        AuditStatus status, String origin, String auditor, @Nullable String moderator,
                        @Nullable String moderationStatus, @Nullable String team, @Nullable String caseworker,
                        @Nullable String primaryNeed, @Nullable String phase, @Nullable LocalDate issueDate,
                        @Nullable LocalDate auditedOn, int version, RatingView overall, List<SectionView> sections,
                        List<FindingView> findings, Instant createdAt, Instant updatedAt,
                        @Nullable Instant submittedAt, @Nullable Instant moderatedAt, @Nullable Instant finalisedAt,
                        boolean firstRatingsHidden) {

    @Serdeable
    public record FrameworkRef(String id, String version, String hash) {
    }

    /**
     * A section's (or the overall) rating: derived by the framework's rule, the auditor's override with its
     * rationale, the rating in force ({@code rating}, the override when there is one) and, after moderation, the
     * rating the two raters agreed. Every level id comes with its label in the framework's words ("Good").
     */
    @Serdeable
    public record RatingView(@Nullable String derivedRating, @Nullable String derivedLabel,
                             @Nullable Double derivedScore, @Nullable String overrideRating,
                             @Nullable String overrideLabel, @Nullable String overrideRationale,
                             @Nullable String rating, @Nullable String ratingLabel, @Nullable String agreedRating,
                             @Nullable String agreedLabel, @Nullable String agreedRationale) {

        static final RatingView NONE = new RatingView(null, null, null, null, null, null, null, null, null, null, null);
    }

    @Serdeable
    public record SectionView(String code, String title, RatingView rating, List<CriterionView> criteria) {
    }

    /**
     * @param suggestedResult the automatic checks' verdict (MET ... NOT_ASSESSED), with its explanation and evidence
     * @param result          the auditor's judgement; null until judged
     */
    @Serdeable
    public record CriterionView(String id, String text, @Nullable String suggestedResult,
                                @Nullable Double suggestedScore, @Nullable String explanation,
                                List<EvidenceSpan> evidence, @Nullable Judgement result, @Nullable String comment) {
    }

    @Serdeable
    public record FindingView(long id, FindingKind kind, @Nullable String section, @Nullable String criterionId,
                              String text, @Nullable EvidenceSpan evidence, @Nullable String actionOwner,
                              @Nullable LocalDate actionDue, @Nullable ActionStatus actionStatus, String createdBy,
                              Instant createdAt) {
    }
}
