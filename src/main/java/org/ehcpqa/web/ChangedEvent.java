package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.audit.AuditLookups;
import org.ehcpqa.audit.AuditSummary;
import org.ehcpqa.practice.PracticeEventView;
import org.ehcpqa.practice.PracticeRequests;
import org.ehcpqa.practice.PracticeService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A practice event as it is, with one part changed: what the pages send to {@link PracticeService#replace}, which
 * replaces the whole event. Everything else is copied from the version the form was read at.
 */
final class ChangedEvent {

    private ChangedEvent() {
    }

    static PracticeRequests.Event details(PracticeEventView event, String title, LocalDate date, List<String> teams,
                                          List<String> attendees, @Nullable String framework) {
        return new PracticeRequests.Event(event.type(), date, title, framework, teams, attendees, auditIds(event),
                findingIds(event), event.themes(), event.actions(), event.notes(), null);
    }

    static PracticeRequests.Event themes(PracticeEventView event, List<PracticeEventView.Theme> themes) {
        return new PracticeRequests.Event(event.type(), event.date(), event.title(), event.framework(), event.teams(),
                event.attendees(), auditIds(event), findingIds(event), themes, event.actions(), event.notes(), null);
    }

    static PracticeRequests.Event actions(PracticeEventView event, List<PracticeEventView.Action> actions) {
        return new PracticeRequests.Event(event.type(), event.date(), event.title(), event.framework(), event.teams(),
                event.attendees(), auditIds(event), findingIds(event), event.themes(), actions, event.notes(), null);
    }

    static PracticeRequests.Event findings(PracticeEventView event, List<Long> findingIds) {
        return new PracticeRequests.Event(event.type(), event.date(), event.title(), event.framework(), event.teams(),
                event.attendees(), auditIds(event), findingIds, event.themes(), event.actions(), event.notes(), null);
    }

    static PracticeRequests.Event notes(PracticeEventView event, @Nullable String notes) {
        return new PracticeRequests.Event(event.type(), event.date(), event.title(), event.framework(), event.teams(),
                event.attendees(), auditIds(event), findingIds(event), event.themes(), event.actions(), notes, null);
    }

    static List<Long> findingIds(PracticeEventView event) {
        return event.findings().stream().map(AuditLookups.LinkedFinding::findingId).toList();
    }

    /** The list with one more item at the end. */
    static <T> List<T> appended(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    /**
     * The list with the item numbered {@code number} (from 1, as the page shows them) replaced, or removed when
     * {@code replacement} is null. The caller has checked the number against the version the form was read at.
     */
    static <T> List<T> replaced(List<T> list, int number, @Nullable T replacement) {
        List<T> copy = new ArrayList<>(list);
        if (replacement == null) {
            copy.remove(number - 1);
        } else {
            copy.set(number - 1, replacement);
        }
        return copy;
    }

    private static List<Long> auditIds(PracticeEventView event) {
        return event.audits().stream().map(AuditSummary::id).toList();
    }
}
