package org.ehcpqa.framework;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.List;
import java.util.Optional;

/** Read-only access to the active frameworks; an empty Optional answers 404. */
@Controller("/api/frameworks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "QA_OFFICER", "MANAGER", "TRAINER"})
public class FrameworkController {

    private final FrameworkRegistry registry;

    public FrameworkController(FrameworkRegistry registry) {
        this.registry = registry;
    }

    @Get
    public List<FrameworkSummaryResponse> list() {
        return registry.active().stream().map(FrameworkSummaryResponse::from).toList();
    }

    @Get("/{id}")
    public Optional<FrameworkResponse> get(String id) {
        return registry.find(id).map(FrameworkResponse::from);
    }
}
