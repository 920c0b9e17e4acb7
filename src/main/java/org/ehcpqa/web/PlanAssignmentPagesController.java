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
import io.micronaut.views.ModelAndView;
import org.ehcpqa.plan.PlanListing;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.security.Roles;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets a plan's team and caseworker by hand, for plans an import brought in without them: trends and
 * search are cut by team, so a plan without one is missing from every team's figures.
 */
@Controller("/plans/{id}/assignment")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
class PlanAssignmentPagesController {

    /** The same limits as the API's PlanAssignment, said in words. */
    static final int MAX_TEAM = 100;
    static final int MAX_CASEWORKER = 200;

    private final PlanService plans;
    private final PlanListing listing;

    PlanAssignmentPagesController(PlanService plans, PlanListing listing) {
        this.plans = plans;
        this.listing = listing;
    }

    @Get
    HttpResponse<?> form(long id) {
        Optional<PlanView> plan = plans.find(id);
        if (plan.isEmpty()) {
            throw new PageNotFound("Plan " + id + " was not found.");
        }
        return HttpResponse.ok(page(plan.get(), plan.get().team(), plan.get().caseworker(), List.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(long id, @Body Map<String, Object> form) {
        Optional<PlanView> plan = plans.find(id);
        if (plan.isEmpty()) {
            throw new PageNotFound("Plan " + id + " was not found.");
        }
        String team = Forms.text(form, "team");
        String caseworker = Forms.text(form, "caseworker");
        List<FieldError> errors = new ArrayList<>();
        if (team != null && team.strip().length() > MAX_TEAM) {
            errors.add(new FieldError("team", "A team name may have at most " + MAX_TEAM + " characters."));
        }
        if (caseworker != null && caseworker.strip().length() > MAX_CASEWORKER) {
            errors.add(new FieldError("caseworker",
                    "A caseworker's name may have at most " + MAX_CASEWORKER + " characters."));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(page(plan.get(), team, caseworker, errors));
        }
        // Blank clears: the page always sends both fields.
        plans.assign(id, team == null ? "" : team, caseworker == null ? "" : caseworker);
        return HttpResponse.seeOther(URI.create("/plans/" + id + "?saved=assignment"));
    }

    private ModelAndView<Map<String, Object>> page(PlanView plan, String team, String caseworker,
                                                  List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("team", team == null ? "" : team);
        model.put("caseworker", caseworker == null ? "" : caseworker);
        model.put("teams", listing.teams());
        model.put("errors", errors);
        return new ModelAndView<>("plan-assignment", model);
    }
}
