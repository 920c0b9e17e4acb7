package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ehcpqa.security.Roles;

import java.util.List;

/**
 * Audits by QA officers. Managers read everything; QA officers (and administrators) write; trainers have no access
 * here, because audits are about identifiable plans. Every change names the version it was based on (If-Match or
 * "version") and answers with the new one in an ETag; a stale change gets 409 /problems/edit-conflict.
 */
@Controller("/api/audits")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
@Tag(name = "Audits", description = "Audits of plan versions: ratings, overrides, findings, status and trail")
class AuditController {

    private static final String ORIGIN_OPENED = "OPENED";

    private final AuditService audits;

    AuditController(AuditService audits) {
        this.audits = audits;
    }

    @Post
    @Operation(summary = "Open a draft audit of a plan version against a framework, pre-filled with the automatic"
            + " suggestions and their evidence")
    HttpResponse<AuditView> open(@Body AuditRequests.Open request, Authentication user) {
        AuditView view = audits.open(request.planId(), request.versionId(), request.framework(), request.auditor(),
                user.getName(), ORIGIN_OPENED);
        return Versions.withVersion(HttpStatus.CREATED, view, view.version());
    }

    @Get
    @Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
    @Operation(summary = "List audits (newest first), without ratings")
    List<AuditSummary> list(@Nullable @QueryValue AuditStatus status, @Nullable @QueryValue String auditor,
                            @Nullable @QueryValue Long planId, @Nullable @QueryValue Integer limit) {
        return audits.list(status, auditor, planId, limit == null ? 100 : limit);
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
    @Operation(summary = "An audit with its ratings and findings; refused (403) to its moderator while they rate blind")
    HttpResponse<AuditView> view(long id, Authentication user) {
        AuditView view = audits.view(id, Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Get("/{id}/trail")
    @Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
    @Operation(summary = "Every change to the audit: who, when, which field, old and new value")
    List<TrailEntry> trail(long id, Authentication user) {
        return audits.trail(id, Caller.of(user));
    }

    @Get("/{id}/report-view")
    @Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
    @Operation(summary = "The audit flattened for a report template (confirmed ratings, findings by kind)")
    AuditReportView reportView(long id, Authentication user) {
        return audits.reportView(id, Caller.of(user));
    }

    @Put("/{id}/criteria/{criterionId}")
    @Operation(summary = "Judge one criterion: MET, PARTLY_MET, NOT_MET or NOT_APPLICABLE, with a comment")
    HttpResponse<AuditView> rateCriterion(long id, String criterionId, @Body AuditRequests.CriterionChange request,
                                          @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        AuditView view = (AuditView) audits.rateCriterion(id, Rater.AUDITOR, criterionId, request.result(),
                request.comment(), Versions.of(ifMatch, request.version()), Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Put("/{id}/criteria")
    @Operation(summary = "Judge several criteria in one change")
    HttpResponse<AuditView> rateCriteria(long id, @Body AuditRequests.CriteriaChange request,
                                         @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        AuditView view = (AuditView) audits.rateCriteria(id, Rater.AUDITOR, request.ratings(),
                Versions.of(ifMatch, request.version()), Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Put("/{id}/overrides/{section}")
    @Operation(summary = "Override the derived rating of a section (or OVERALL) with a required written rationale;"
            + " a null rating restores the derived one")
    HttpResponse<AuditView> override(long id, String section, @Body AuditRequests.Override request,
                                     @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        AuditView view = (AuditView) audits.override(id, Rater.AUDITOR, section, request.rating(),
                request.rationale(), Versions.of(ifMatch, request.version()), Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Post("/{id}/findings")
    @Operation(summary = "Record a strength, area for development or action, linked to a section, criterion and"
            + " quoted evidence")
    HttpResponse<AuditView> addFinding(long id, @Body AuditRequests.Finding request,
                                       @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        AuditView view = audits.addFinding(id, request, Versions.of(ifMatch, request.version()), Caller.of(user));
        return Versions.withVersion(HttpStatus.CREATED, view, view.version());
    }

    @Put("/{id}/findings/{findingId}")
    @Operation(summary = "Replace a finding")
    HttpResponse<AuditView> changeFinding(long id, long findingId, @Body AuditRequests.Finding request,
                                          @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        AuditView view = audits.changeFinding(id, findingId, request, Versions.of(ifMatch, request.version()),
                Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Delete("/{id}/findings/{findingId}")
    @Operation(summary = "Remove a finding (If-Match or ?version= names the version read)")
    HttpResponse<AuditView> deleteFinding(long id, long findingId, @Nullable @QueryValue Integer version,
                                          @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        AuditView view = audits.deleteFinding(id, findingId, Versions.of(ifMatch, version), Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Put("/{id}/findings/{findingId}/action-status")
    @Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
    @Operation(summary = "Follow an action up: DONE or OPEN, at any stage, a final audit included; nothing else of the"
            + " audit changes. Anyone who may read the audit's findings may do it")
    HttpResponse<AuditView> followUpAction(long id, long findingId, @Body AuditRequests.ActionFollowUp request,
                                           @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        AuditView view = audits.followUpAction(id, findingId, request.status(), Versions.of(ifMatch, request.version()),
                Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Post("/{id}/submit")
    @Operation(summary = "Submit a draft audit whose criteria are all judged")
    HttpResponse<AuditView> submit(long id, @Nullable @Body AuditRequests.VersionOnly request,
                                   @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        AuditView view = audits.submit(id, Versions.of(ifMatch, request == null ? null : request.version()),
                Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Post("/{id}/final")
    @Operation(summary = "Make a moderated audit (or a submitted one not taken into moderation) final and immutable")
    HttpResponse<AuditView> finalise(long id, @Nullable @Body AuditRequests.VersionOnly request,
                                     @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        AuditView view = audits.finalise(id, Versions.of(ifMatch, request == null ? null : request.version()),
                Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }
}
