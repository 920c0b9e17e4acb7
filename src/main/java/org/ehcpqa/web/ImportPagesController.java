package org.ehcpqa.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.imports.ImportJobView;
import org.ehcpqa.imports.ImportReader;
import org.ehcpqa.security.Roles;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Progress of bulk imports: uploads of many files and the watched import folder. */
@Controller("/imports")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
class ImportPagesController {

    private final ImportReader imports;

    ImportPagesController(ImportReader imports) {
        this.imports = imports;
    }

    @Get
    ModelAndView<Map<String, Object>> recent() {
        Map<String, Object> model = new HashMap<>();
        model.put("jobs", imports.recent());
        return new ModelAndView<>("imports", model);
    }

    @Get("/{id}")
    HttpResponse<?> job(long id) {
        Optional<ImportJobView> job = imports.find(id);
        if (job.isEmpty()) {
            throw new PageNotFound("Import " + id + " was not found.");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("job", job.get());
        model.put("percent", job.get().total() == 0 ? 100 : job.get().done() * 100 / job.get().total());
        return HttpResponse.ok(new ModelAndView<>("import", model));
    }
}
