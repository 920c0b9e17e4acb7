package org.ehcpqa.scoring.assessment;

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

/** Starts and follows re-scoring jobs; 202 with the job's address, since the work runs on after the answer. */
@Controller("/api/assessments/rescore")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class RescoreController {

    private final RescoreJobs jobs;

    RescoreController(RescoreJobs jobs) {
        this.jobs = jobs;
    }

    @Post
    HttpResponse<RescoreStatus> start() {
        RescoreStatus status = jobs.start();
        return HttpResponse.accepted(URI.create("/api/assessments/rescore/" + status.jobId())).body(status);
    }

    @Get("/{jobId}")
    Optional<RescoreStatus> status(String jobId) {
        return jobs.find(jobId);
    }
}
