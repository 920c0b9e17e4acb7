package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.practice.PracticeEventType;
import org.ehcpqa.practice.PracticeService;
import org.ehcpqa.security.Roles;

import java.util.HashMap;
import java.util.Map;

/**
 * The list of practice events, optionally of one type. The roles are the API's: managers read; QA officers and
 * administrators organise. Trainers are not let in: events name attendees and link identifiable audits.
 */
@Controller("/practice-events")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
class PracticeEventListController {

    private final PracticeService events;

    PracticeEventListController(PracticeService events) {
        this.events = events;
    }

    @Get
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String type) {
        PracticeEventType chosen = AuditForms.parse(PracticeEventType.class, type);
        Map<String, Object> model = new HashMap<>();
        model.put("events", events.lines(chosen, null, null));
        model.put("types", PracticeEventTypes.choices());
        model.put("typeLabels", PracticeEventTypes.labels());
        model.put("chosenType", chosen == null ? "" : chosen.name());
        return new ModelAndView<>("practice-events", model);
    }
}
