package org.ehcpqa.search;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.ehcpqa.security.Roles;

import java.net.URI;
import java.util.Optional;

/** Starts and follows index rebuilds; 202 with the job's address, since the work runs on after the answer. */
@Controller("/api/search/rebuild")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class RebuildController {

    private final IndexRebuilds rebuilds;

    RebuildController(IndexRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Post
    HttpResponse<RebuildStatus> start() {
        RebuildStatus status = rebuilds.start();
        return HttpResponse.accepted(URI.create("/api/search/rebuild/" + status.jobId())).body(status);
    }

    @Get("/{jobId}")
    Optional<RebuildStatus> status(String jobId) {
        return rebuilds.find(jobId);
    }
}
