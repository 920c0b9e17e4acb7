package org.ehcpqa.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.plan.PlanListing;
import org.ehcpqa.practice.PracticeEventType;
import org.ehcpqa.practice.PracticeEventView;
import org.ehcpqa.practice.PracticeRequests;
import org.ehcpqa.practice.PracticeService;
import org.ehcpqa.security.Roles;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Recording a practice event: its type, title, date, teams, attendees and notes. Organisers only. */
@Controller("/practice-events")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
class NewPracticeEventController {

    private final PracticeService events;
    private final PlanListing listing;

    NewPracticeEventController(PracticeService events, PlanListing listing) {
        this.events = events;
        this.listing = listing;
    }

    @Get("/new")
    ModelAndView<Map<String, Object>> newEvent() {
        Map<String, Object> entered = new HashMap<>();
        DateFields.fill(null, "date", entered);
        entered.put("teams", List.of());
        return newPage(List.of(), entered);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, Object> form, Authentication user) {
        List<FieldError> errors = new ArrayList<>();
        PracticeEventType type = AuditForms.parse(PracticeEventType.class, Forms.text(form, "type"));
        if (type == null) {
            errors.add(new FieldError("type", "Choose the type of event"));
        }
        PracticeEventDetailsForm details = PracticeEventDetailsForm.read(form);
        errors.addAll(details.errors());
        String notes = Forms.text(form, "notes");
        if (errors.isEmpty()) {
            try {
                PracticeEventView created = events.create(new PracticeRequests.Event(type, details.date(),
                        details.title(), null, details.teams(), details.attendees(), List.of(), List.of(), List.of(),
                        List.of(), notes, null), user.getName());
                return HttpResponse.seeOther(URI.create("/practice-events/" + created.id() + "?saved=created"));
            } catch (ProblemException e) {
                errors.add(new FieldError("title", e.getMessage()));
            }
        }
        Map<String, Object> entered = new HashMap<>();
        entered.put("type", type == null ? "" : type.name());
        PracticeEventDetailsForm.keep(form, entered);
        entered.put("notes", notes == null ? "" : notes);
        return HttpResponse.badRequest(newPage(errors, entered));
    }

    private ModelAndView<Map<String, Object>> newPage(List<FieldError> errors, Map<String, Object> entered) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("entered", entered);
        model.put("types", PracticeEventTypes.choices());
        model.put("teams", listing.teams());
        return new ModelAndView<>("practice-event-new", model);
    }
}
