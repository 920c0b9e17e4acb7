package org.ehcpqa.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.practice.PracticeEventView;
import org.ehcpqa.practice.PracticeService;
import org.ehcpqa.security.Roles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A practice event's actions: adding one on the event page, changing one on its own page, marking it done or open
 * again, removing it. Actions are numbered from 1 in the order the page shows them, as of the version the form was
 * read at.
 */
@Controller("/practice-events/{id}/actions")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
class PracticeEventActionsController {

    private static final String OPEN = "OPEN";
    private static final String DONE = "DONE";

    private final PracticeService events;
    private final PracticeEventEdits edits;
    private final PracticeEventPage page;

    PracticeEventActionsController(PracticeService events, PracticeEventEdits edits, PracticeEventPage page) {
        this.events = events;
        this.edits = edits;
        this.page = page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, long id, @Body Map<String, Object> form) {
        PracticeEventActionForm action = PracticeEventActionForm.read(form);
        if (!action.errors().isEmpty()) {
            return page.refused(request, id, action.errors(), PracticeEventActionForm.kept(form),
                    HttpStatus.BAD_REQUEST);
        }
        return edits.apply(request, id, form, "actionText", "action",
                event -> ChangedEvent.actions(event, ChangedEvent.appended(event.actions(), action.applied(OPEN))));
    }

    @Get("/{number}")
    HttpResponse<?> changePage(long id, int number) {
        try {
            PracticeEventView event = events.view(id);
            PracticeEventView.Action action = PracticeEventEdits.numbered(event.actions(), number, "Action");
            return HttpResponse.ok(actionPage(event, number, event.version(), PracticeEventActionForm.filled(action),
                    List.of()));
        } catch (ProblemException e) {
            throw new PageNotFound(e.getMessage());
        }
    }

    @Post(value = "/{number}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(HttpRequest<?> request, long id, int number, @Body Map<String, Object> form) {
        PracticeEventActionForm action = PracticeEventActionForm.read(form);
        if (!action.errors().isEmpty()) {
            try {
                // The version the form was read at goes back with it: correcting the error must not skip the check.
                Integer version = AuditForms.version(form);
                PracticeEventView event = events.view(id);
                return HttpResponse.badRequest(actionPage(event, number, version == null ? event.version() : version,
                        PracticeEventActionForm.kept(form), action.errors()));
            } catch (ProblemException e) {
                throw new PageNotFound(e.getMessage());
            }
        }
        return edits.apply(request, id, form, "actions-heading", "action", event -> {
            String status = PracticeEventEdits.numbered(event.actions(), number, "Action").status();
            return ChangedEvent.actions(event, ChangedEvent.replaced(event.actions(), number, action.applied(status)));
        });
    }

    @Post(value = "/{number}/done", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> markDone(HttpRequest<?> request, long id, int number, @Body Map<String, Object> form) {
        return withStatus(request, id, number, form, DONE, "action-done");
    }

    @Post(value = "/{number}/reopen", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reopen(HttpRequest<?> request, long id, int number, @Body Map<String, Object> form) {
        return withStatus(request, id, number, form, OPEN, "action-reopened");
    }

    @Post(value = "/{number}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, long id, int number, @Body Map<String, Object> form) {
        return edits.apply(request, id, form, "actions-heading", "action-removed", event -> {
            PracticeEventEdits.numbered(event.actions(), number, "Action");
            return ChangedEvent.actions(event, ChangedEvent.replaced(event.actions(), number, null));
        });
    }

    private HttpResponse<?> withStatus(HttpRequest<?> request, long id, int number, Map<String, Object> form,
                                       String status, String saved) {
        return edits.apply(request, id, form, "actions-heading", saved, event -> {
            PracticeEventView.Action action = PracticeEventEdits.numbered(event.actions(), number, "Action");
            return ChangedEvent.actions(event, ChangedEvent.replaced(event.actions(), number,
                    new PracticeEventView.Action(action.text(), action.owner(), action.due(), status)));
        });
    }

    private static ModelAndView<Map<String, Object>> actionPage(PracticeEventView event, int number, int version,
                                                               Map<String, Object> entered, List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("event", event);
        model.put("number", number);
        model.put("version", version);
        model.put("entered", entered);
        model.put("errors", errors);
        return new ModelAndView<>("practice-event-action", model);
    }
}
