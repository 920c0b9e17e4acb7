package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an audit report for the caseworker shows, flattened for a template: labels instead of level ids,
 * the confirmed rating beside the derived one, and findings grouped by kind. It holds no plan text beyond the
 * evidence an auditor quoted and no child's name; a renderer that needs the name asks the plan feature.
 *
 * @param overall the confirmed overall rating (agreed after moderation, else the auditor's)
 */
@Serdeable
public record AuditReportView(long auditId, @Nullable Long planId, @Nullable Long versionId, String frameworkId,
                              String frameworkTitle, String frameworkVersion, AuditStatus status, String auditor,
                              @Nullable String moderator, @Nullable String team, @Nullable String caseworker,
                              @Nullable String primaryNeed, @Nullable String phase, @Nullable LocalDate issueDate,
                              @Nullable LocalDate auditedOn, @Nullable Instant finalisedAt, Rating overall,
                              List<Section> sections, List<Finding> strengths, List<Finding> areasForDevelopment,
                              List<Finding> actions) {

    /**
     * @param rating        the confirmed rating's level id
     * @param label         its label ("Good"); null when nothing in the section applied
     * @param derivedRating the level id the framework's rule derived from the auditor's judgements
     * @param derivedLabel  its label
     * @param rationale     why the rating differs from the derived one: the agreement's or the override's rationale
     */
    @Serdeable
    public record Rating(@Nullable String rating, @Nullable String label, @Nullable String derivedRating,
                         @Nullable String derivedLabel, @Nullable String rationale) {
    }

    @Serdeable
    public record Section(String code, String title, Rating rating, List<Criterion> criteria) {
    }

    /** @param evidence the passages of the plan the automatic check quoted for the criterion */
    @Serdeable
    public record Criterion(String id, String text, @Nullable Judgement result, @Nullable String suggestedResult,
                            @Nullable String comment, List<String> evidence) {
    }

    @Serdeable
    public record Finding(long id, FindingKind kind, @Nullable String section, @Nullable String criterionId,
                          String text, @Nullable String evidence, @Nullable String actionOwner,
                          @Nullable LocalDate actionDue, @Nullable ActionStatus actionStatus) {
    }
}
