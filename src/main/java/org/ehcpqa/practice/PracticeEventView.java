package org.ehcpqa.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.audit.AuditLookups;
import org.ehcpqa.audit.AuditSummary;

import java.time.LocalDate;
import java.util.List;

/**
 * A practice event as the API shows it and as a report renders it.
 *
 * @param themes          the themes the organisers chose
 * @param suggestedThemes the criteria most often judged not met in the linked audits, to choose themes from
 * @param version         the optimistic-lock version to send back with a change
 */
@Serdeable
public record PracticeEventView(long id, PracticeEventType type, LocalDate date, String title,
                                @Nullable String framework, List<String> teams, List<String> attendees,
                                List<AuditSummary> audits, List<AuditLookups.LinkedFinding> findings,
                                List<Theme> themes, List<AuditLookups.CriterionTally> suggestedThemes,
                                List<Action> actions, @Nullable String notes, String createdBy, int version) {

    @Serdeable
    public record Theme(@Nullable String criterionId, String text) {
    }

    /** @param status OPEN or DONE */
    @Serdeable
    public record Action(String text, @Nullable String owner, @Nullable LocalDate due, String status) {
    }
}
