package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.ehcpqa.audit.AuditLookups;
import org.ehcpqa.audit.AuditSummary;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.practice.PracticeEventType;
import org.ehcpqa.practice.PracticeEventView;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a practice event's read model onto the practice event report's model. Themes carry the not-met count the
 * event's audits give the criterion, when the criterion is among the suggested themes; findings name the plan they
 * came from ("Plan 12"), never the child.
 */
@Singleton
class PracticeEventReportAssembler {

    PracticeEventReport assemble(PracticeEventView event) {
        Map<Long, AuditSummary> audits = new HashMap<>();
        event.audits().forEach(audit -> audits.put(audit.id(), audit));
        Map<String, Long> notMet = new HashMap<>();
        event.suggestedThemes().forEach(tally -> notMet.put(tally.criterionId(), tally.notMet()));
        List<PracticeEventReport.Theme> themes = event.themes().stream()
                .map(theme -> new PracticeEventReport.Theme(theme.text(), null, theme.criterionId(),
                        theme.criterionId() == null || !notMet.containsKey(theme.criterionId()) ? null
                                : Math.toIntExact(notMet.get(theme.criterionId()))))
                .toList();
        List<PracticeEventReport.LinkedFinding> findings = event.findings().stream()
                .map(finding -> new PracticeEventReport.LinkedFinding(planReference(finding, audits),
                        section(finding.section()), ReportLabels.words(finding.kind()), finding.text()))
                .toList();
        List<AuditReport.Action> actions = event.actions().stream()
                .map(action -> new AuditReport.Action(action.text(),
                        action.owner() == null ? "Not assigned" : action.owner(), action.due(),
                        ReportLabels.words(action.status()), null))
                .toList();
        return new PracticeEventReport(event.title(), type(event.type()), event.date(), null, event.teams(),
                event.attendees().stream().map(name -> new PracticeEventReport.Attendee(name, null, null)).toList(),
                themes, findings, actions, paragraphs(event.notes()));
    }

    static String type(PracticeEventType type) {
        return switch (type) {
            case AUDIT_CYCLE -> "Audit cycle";
            case MODERATION_SESSION -> "Moderation session";
            case PRACTICE_LEARNING -> "Practice learning event";
            case TRAINING -> "Training session";
        };
    }

    private static String planReference(AuditLookups.LinkedFinding finding, Map<Long, AuditSummary> audits) {
        AuditSummary audit = audits.get(finding.auditId());
        return audit != null && audit.planId() != null ? "Plan " + audit.planId() : "Audit " + finding.auditId();
    }

    /** Notes are free text; a blank line separates paragraphs, as people type them. */
    private static List<String> paragraphs(@Nullable String notes) {
        if (notes == null || notes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(notes.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    @Nullable
    private static SectionCode section(@Nullable String code) {
        return code == null ? null : SectionCode.parse(code).orElse(null);
    }
}
