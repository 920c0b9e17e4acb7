package org.ehcpqa.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.views.ModelAndView;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.plan.PlanListing;
import org.ehcpqa.practice.PracticeEventView;
import org.ehcpqa.practice.PracticeService;
import org.ehcpqa.security.Roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Changing a practice event's details after it was recorded: title, date, teams, attendees and the framework its
 * sample is drawn and its trends read with. Once an audit cycle's sample is drawn its framework is fixed (the
 * service's rule), so the page shows it without a choice. The form carries the version it was read at.
 */
@Controller("/practice-events/{id}/details")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
class PracticeEventDetailsController {

    private final PracticeService events;
    private final PracticeEventEdits edits;
    private final PlanListing listing;
    private final FrameworkRegistry frameworks;
    private final String defaultFramework;

    PracticeEventDetailsController(PracticeService events, PracticeEventEdits edits, PlanListing listing,
                                   FrameworkRegistry frameworks,
                                   @Value("${ehcpqa.assessment.default-framework:statutory-baseline}")
                                   String defaultFramework) {
        this.events = events;
        this.edits = edits;
        this.listing = listing;
        this.frameworks = frameworks;
        this.defaultFramework = defaultFramework;
    }

    @Get
    HttpResponse<?> form(long id) {
        PracticeEventView event;
        try {
            event = events.view(id);
        } catch (ProblemException e) {
            throw new PageNotFound(e.getMessage());
        }
        List<String> teams = listing.teams();
        Map<String, Object> entered = new HashMap<>();
        PracticeEventDetailsForm.fill(event, teams, entered);
        entered.put("framework", event.framework() == null ? "" : event.framework());
        return HttpResponse.ok(detailsPage(event, event.version(), entered, List.of(), teams));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, long id, @Body Map<String, Object> form) {
        PracticeEventView event;
        try {
            event = events.view(id);
        } catch (ProblemException e) {
            throw new PageNotFound(e.getMessage());
        }
        PracticeEventDetailsForm details = PracticeEventDetailsForm.read(form);
        List<FieldError> errors = new ArrayList<>(details.errors());
        boolean fixed = events.sampled(id);
        String framework = fixed ? event.framework() : Forms.text(form, "framework");
        if (!fixed && framework != null && frameworkChoices(event).stream()
                .noneMatch(choice -> choice.value().equals(framework))) {
            errors.add(new FieldError("framework", "Choose one of the frameworks listed"));
        }
        if (!errors.isEmpty()) {
            Map<String, Object> entered = new HashMap<>();
            PracticeEventDetailsForm.keep(form, entered);
            entered.put("framework", framework == null ? "" : framework);
            Integer version = AuditForms.version(form);
            // The version the form was read at goes back with it: correcting the error must not skip the check.
            return HttpResponse.badRequest(detailsPage(event, version == null ? event.version() : version, entered,
                    errors, listing.teams()));
        }
        return edits.apply(request, id, form, "event-summary", "details", current -> ChangedEvent.details(current,
                details.title(), details.date(), details.teams(), details.attendees(), framework));
    }

    private ModelAndView<Map<String, Object>> detailsPage(PracticeEventView event, int version,
                                                         Map<String, Object> entered, List<FieldError> errors,
                                                         List<String> teams) {
        Map<String, Object> model = new HashMap<>();
        model.put("event", event);
        model.put("version", version);
        model.put("entered", entered);
        model.put("errors", errors);
        model.put("teams", teams);
        model.put("frameworkFixed", events.sampled(event.id()));
        model.put("frameworks", frameworkChoices(event));
        model.put("frameworkLabel", frameworkLabel(event.framework()));
        return new ModelAndView<>("practice-event-details", model);
    }

    /** The active frameworks, and the event's own when it is no longer active, so keeping it is a choice. */
    private List<PlanPagesController.Choice> frameworkChoices(PracticeEventView event) {
        List<PlanPagesController.Choice> choices = new ArrayList<>(frameworks.active().stream()
                .map(f -> new PlanPagesController.Choice(f.id(), f.title())).toList());
        if (event.framework() != null && choices.stream().noneMatch(c -> c.value().equals(event.framework()))) {
            choices.add(new PlanPagesController.Choice(event.framework(), event.framework()));
        }
        return choices;
    }

    private String frameworkLabel(@Nullable String framework) {
        String id = framework == null ? defaultFramework : framework;
        String title = frameworks.find(id).map(QaFramework::title).orElse(id);
        return framework == null ? title + " (the default)" : title;
    }
}
