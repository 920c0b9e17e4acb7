package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.SectionCode;

import java.time.LocalDate;
import java.util.List;

/**
 * What the audit report for a caseworker shows (templates/audit-report.html): one audit of one
 * plan version against one framework version, with the auditor's judgement and what follows
 * from it. The audit feature fills it; this record is the contract with the template, so a
 * council editing the template can rely on every name below.
 *
 * @param plan       which plan and version was audited
 * @param framework  the quality framework and its version
 * @param status     the audit's state as people read it ("Draft", "Submitted", "Moderated", "Final")
 * @param overall    the overall rating, with any override and its rationale
 * @param sections   a rating per section, in statutory order
 * @param criteria   every criterion's result with the auditor's comment and the evidence quoted
 * @param strengths  what the plan does well
 * @param areasForDevelopment what should improve
 * @param actions    who does what by when
 * @param auditor    the auditor's name
 * @param moderator  the moderator's name, when the audit was moderated
 * @param auditedOn  the day the audit was submitted
 * @param moderatedOn the day moderation agreed a rating
 * @param finalisedOn the day the audit became final
 */
@Serdeable
public record AuditReport(
        PlanIdentification plan,
        FrameworkIdentification framework,
        String status,
        Rating overall,
        List<SectionRating> sections,
        List<CriterionResult> criteria,
        List<Finding> strengths,
        List<Finding> areasForDevelopment,
        List<Action> actions,
        String auditor,
        @Nullable String moderator,
        @Nullable LocalDate auditedOn,
        @Nullable LocalDate moderatedOn,
        @Nullable LocalDate finalisedOn) {

    public AuditReport {
        sections = List.copyOf(sections);
        criteria = List.copyOf(criteria);
        strengths = List.copyOf(strengths);
        areasForDevelopment = List.copyOf(areasForDevelopment);
        actions = List.copyOf(actions);
    }

    /**
     * The plan the report is about. A caseworker's report may name the child (they work with the
     * family); reports for wider audiences leave {@code childName} null.
     *
     * @param reference the council's reference or "Plan 123", what people quote back
     */
    @Serdeable
    public record PlanIdentification(long planId, long versionId, int versionNumber, String reference,
                                     @Nullable String childName, @Nullable LocalDate issueDate,
                                     @Nullable String primaryNeed, @Nullable String phase,
                                     @Nullable String team, @Nullable String caseworker) {
    }

    /** A framework as its file names it. */
    @Serdeable
    public record FrameworkIdentification(String id, String name, String version) {
    }

    /**
     * A rating as recorded. When the auditor overrode the rating the framework's rule derived,
     * {@code derived} holds the rule's rating and {@code overrideRationale} the written reason.
     *
     * @param rating    what the audit says ("Good")
     * @param derived   what the framework's rule gave, when different (null when not overridden)
     * @param suggested the automatic suggestion the audit started from, for comparison
     */
    @Serdeable
    public record Rating(String rating, @Nullable String derived, @Nullable String overrideRationale,
                         @Nullable String suggested) {

        public boolean overridden() {
            return derived != null && !derived.equals(rating);
        }
    }

    /** One section's rating. */
    @Serdeable
    public record SectionRating(SectionCode section, String title, Rating rating) {
    }

    /**
     * One criterion's result.
     *
     * @param result    "Met", "Partly met", "Not met" or "Not applicable"
     * @param suggested the automatic check's result, when one covers the criterion
     * @param evidence  quotations from the plan that support the result
     */
    @Serdeable
    public record CriterionResult(String criterionId, SectionCode section, String description, String result,
                                  @Nullable String suggested, @Nullable String comment, List<String> evidence) {
        public CriterionResult {
            evidence = List.copyOf(evidence);
        }
    }

    /** A strength or area for development, linked to where it was seen. */
    @Serdeable
    public record Finding(String text, @Nullable SectionCode section, @Nullable String criterionId,
                          List<String> evidence) {
        public Finding {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * Something someone will do.
     *
     * @param status "Open", "In progress", "Done"
     */
    @Serdeable
    public record Action(String description, String owner, @Nullable LocalDate due, String status,
                         @Nullable SectionCode section) {
    }
}
