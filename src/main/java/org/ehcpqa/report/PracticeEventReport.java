package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.SectionCode;

import java.time.LocalDate;
import java.util.List;

/**
 * What a practice event report shows (templates/practice-event-report.html): an audit cycle,
 * moderation session, practice learning event or training session, the learning it drew on and
 * what was agreed.
 *
 * @param type      as people read it ("Audit cycle", "Moderation session", "Practice learning event",
 *                  "Training session")
 * @param teams     the teams taking part
 * @param themes    themes discussed, usually the criteria most often not met
 * @param findings  the audit findings the event drew on
 * @param actions   actions agreed at the event (the same shape as an audit's actions)
 * @param notes     paragraphs of notes, in order
 */
@Serdeable
public record PracticeEventReport(
        String title,
        String type,
        LocalDate date,
        @Nullable String facilitator,
        List<String> teams,
        List<Attendee> attendees,
        List<Theme> themes,
        List<LinkedFinding> findings,
        List<AuditReport.Action> actions,
        List<String> notes) {

    public PracticeEventReport {
        teams = List.copyOf(teams);
        attendees = List.copyOf(attendees);
        themes = List.copyOf(themes);
        findings = List.copyOf(findings);
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
    }

    /** Someone who attended. */
    @Serdeable
    public record Attendee(String name, @Nullable String role, @Nullable String team) {
    }

    /**
     * A theme of the event.
     *
     * @param criterionId  the framework criterion it comes from, when it does
     * @param notMetCount  how many audits in the sample did not meet that criterion
     */
    @Serdeable
    public record Theme(String title, @Nullable String description, @Nullable String criterionId,
                        @Nullable Integer notMetCount) {
    }

    /**
     * A finding from an audit the event drew on.
     *
     * @param planReference how the plan is referred to ("Plan 123", or "Example 4" when anonymised)
     * @param kind          "Strength", "Area for development" or "Action"
     */
    @Serdeable
    public record LinkedFinding(String planReference, @Nullable SectionCode section, String kind, String text) {
    }
}
