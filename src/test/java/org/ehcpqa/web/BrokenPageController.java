package org.ehcpqa.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/** A page whose template fails half-way, for PageFailureIT only (switched on by a property). */
@Controller("/test-only")
@Requires(property = "ehcpqa.test.broken-page", value = "true")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class BrokenPageController {

    @Get("/broken-page")
    ModelAndView<Map<String, Object>> broken() {
        Map<String, Object> model = new HashMap<>();
        model.put("detail", "a string has no such property");
        return new ModelAndView<>("broken-page", model);
    }
}
