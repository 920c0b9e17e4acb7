package org.ehcpqa.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.ehcpqa.security.Roles;

import java.util.List;
import java.util.Map;

/** A practice event's notes, which go into its report; blank notes clear them. */
@Controller("/practice-events/{id}/notes")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
class PracticeEventNotesController {

    static final int MAX_NOTES = 20_000;

    private final PracticeEventEdits edits;
    private final PracticeEventPage page;

    PracticeEventNotesController(PracticeEventEdits edits, PracticeEventPage page) {
        this.edits = edits;
        this.page = page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, long id, @Body Map<String, Object> form) {
        String notes = Forms.text(form, "notes");
        if (notes != null && notes.length() > MAX_NOTES) {
            return page.refused(request, id, List.of(new FieldError("notes", "The notes must be " + MAX_NOTES
                    + " characters or fewer")), Map.of("notes", notes), HttpStatus.BAD_REQUEST);
        }
        return edits.apply(request, id, form, "notes", "notes", event -> ChangedEvent.notes(event, notes));
    }
}
