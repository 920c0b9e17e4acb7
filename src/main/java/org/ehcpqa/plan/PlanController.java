package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import org.ehcpqa.privacy.AccessAction;
import org.ehcpqa.privacy.AccessEntry;
import org.ehcpqa.privacy.AccessLog;
import org.ehcpqa.security.Roles;
import org.ehcpqa.web.ProblemException;

import java.util.List;

/**
 * Plans with their full text. Trainers are not let in: they only ever see anonymised text,
 * through search and training packs.
 */
@Controller("/api/plans")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
class PlanController {

    private final PlanService plans;
    private final AccessLog accessLog;

    PlanController(PlanService plans, AccessLog accessLog) {
        this.plans = plans;
        this.accessLog = accessLog;
    }

    @Get("/{id}")
    PlanView plan(long id, @Nullable @QueryValue Long version, Authentication user) {
        PlanView plan = (version == null ? plans.find(id) : plans.findVersion(id, version))
                .orElseThrow(() -> ProblemException.notFound("Plan " + id));
        accessLog.record(user.getName(), plan.id(), plan.versionId(), AccessAction.VIEWED_TEXT);
        return plan;
    }

    /** Team and caseworker set by hand; a field left out (or null) stays as it is, a blank one is cleared. */
    @Patch("/{id}")
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    PlanView assign(long id, @Valid @Body PlanAssignment assignment, Authentication user) {
        PlanView plan = plans.assign(id, assignment.team(), assignment.caseworker())
                .orElseThrow(() -> ProblemException.notFound("Plan " + id));
        accessLog.record(user.getName(), plan.id(), plan.versionId(), AccessAction.VIEWED_TEXT);
        return plan;
    }

    @Get("/{id}/versions")
    List<VersionSummary> versions(long id) {
        List<VersionSummary> versions = plans.versions(id);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("Plan " + id);
        }
        return versions;
    }

    @Get("/{id}/original")
    HttpResponse<byte[]> original(long id, @Nullable @QueryValue Long version, Authentication user) {
        OriginalDocument original = plans.original(id, version)
                .orElseThrow(() -> ProblemException.notFound("Plan " + id));
        accessLog.record(user.getName(), original.planId(), original.versionId(), AccessAction.DOWNLOADED_ORIGINAL);
        return HttpResponse.ok(original.content())
                .contentType(MediaType.of(original.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safeName(original.fileName()) + "\"");
    }

    @Get("/{id}/access-log")
    @Secured(Roles.ADMIN)
    List<AccessEntry> accessLog(long id) {
        return accessLog.forPlan(id);
    }

    private static String safeName(String fileName) {
        return fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    }
}
