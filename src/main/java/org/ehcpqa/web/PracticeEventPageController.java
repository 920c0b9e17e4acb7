package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.ehcpqa.security.Roles;

/** One practice event's page: managers read it, organisers also find its forms there. */
@Controller("/practice-events")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
class PracticeEventPageController {

    private final PracticeEventPage page;

    PracticeEventPageController(PracticeEventPage page) {
        this.page = page;
    }

    @Get("/{id}")
    HttpResponse<?> event(HttpRequest<?> request, long id, @Nullable @QueryValue String saved,
                          @Nullable @QueryValue Integer sampled) {
        return page.show(request, id, saved, sampled);
    }
}
