package org.ehcpqa.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.ehcpqa.practice.PracticeEventView;
import org.ehcpqa.practice.PracticeRequests;
import org.ehcpqa.practice.PracticeService;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Applies one change a practice event page's form asks for. The form carries the version it was rendered from:
 * the change is applied to that version or not at all, so two organisers cannot overwrite each other unseen. A
 * refusal comes back as an error on the event page, which shows the event as it now is.
 */
@Singleton
class PracticeEventEdits {

    static final String CONFLICT = "Someone else changed this event after you opened it. It is shown below as it is"
            + " now: make your change again.";

    private final PracticeService events;
    private final PracticeEventPage page;

    PracticeEventEdits(PracticeService events, PracticeEventPage page) {
        this.events = events;
        this.page = page;
    }

    /**
     * @param field where the error summary points when the change is refused
     * @param saved what the page says was saved, after the redirect
     */
    HttpResponse<?> apply(HttpRequest<?> request, long id, Map<String, Object> form, String field, String saved,
                          Function<PracticeEventView, PracticeRequests.Event> change) {
        Integer version = AuditForms.version(form);
        PracticeEventView current;
        try {
            current = events.view(id);
        } catch (ProblemException e) {
            throw new PageNotFound(e.getMessage());
        }
        // Checked before the change is worked out: numbered themes and actions are those of the version read.
        if (version != null && version != current.version()) {
            return conflict(request, id, field);
        }
        try {
            events.replace(id, change.apply(current), version);
            return HttpResponse.seeOther(URI.create("/practice-events/" + id + "?saved=" + saved));
        } catch (ProblemException e) {
            return switch (e.toProblem().status()) {
                case 404 -> throw new PageNotFound(e.getMessage());
                case 409 -> conflict(request, id, field);
                default -> page.refused(request, id, List.of(new FieldError(field, e.getMessage())), Map.of(),
                        HttpStatus.BAD_REQUEST);
            };
        }
    }

    HttpResponse<?> conflict(HttpRequest<?> request, long id, String field) {
        return page.refused(request, id, List.of(new FieldError(field, CONFLICT)), Map.of(), HttpStatus.CONFLICT);
    }

    /** The numbered item (from 1) of a list the form was read with; a number not on it is refused. */
    static <T> T numbered(List<T> items, int number, String what) {
        if (number < 1 || number > items.size()) {
            throw notOnEvent(what + " " + number);
        }
        return items.get(number - 1);
    }

    static ProblemException notOnEvent(String what) {
        return new ProblemException(422, "not-on-event", "Not on this event", what + " is not on this event.");
    }
}
