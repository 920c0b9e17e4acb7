package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ehcpqa.security.Roles;

/**
 * Blind moderation: a second QA officer rates the submitted audit's plan without seeing the first ratings, then the
 * pair record an agreed rating per section and overall.
 */
@Controller("/api/audits/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
@Tag(name = "Moderation", description = "Blind second rating and agreement")
class ModerationController {

    private final AuditService audits;

    ModerationController(AuditService audits) {
        this.audits = audits;
    }

    @Post("/moderation")
    @Operation(summary = "Start a blind moderation of a submitted audit; the caller (not its auditor) is the moderator")
    HttpResponse<ModerationView> start(long id, @Nullable @Body AuditRequests.VersionOnly request,
                                       @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        ModerationView view = audits.startModeration(id, Versions.of(ifMatch, request == null ? null : request.version()),
                Caller.of(user));
        return Versions.withVersion(HttpStatus.CREATED, view, view.version());
    }

    @Get("/moderation")
    @Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
    @Operation(summary = "The two raters side by side (blind for the moderator until they submit)")
    HttpResponse<ModerationView> view(long id, Authentication user) {
        ModerationView view = audits.moderation(id, Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Put("/moderation/criteria/{criterionId}")
    @Operation(summary = "The moderator judges one criterion")
    HttpResponse<ModerationView> rateCriterion(long id, String criterionId,
                                               @Body AuditRequests.CriterionChange request,
                                               @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        ModerationView view = (ModerationView) audits.rateCriterion(id, Rater.MODERATOR, criterionId, request.result(),
                request.comment(), Versions.of(ifMatch, request.version()), Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Put("/moderation/criteria")
    @Operation(summary = "The moderator judges several criteria in one change")
    HttpResponse<ModerationView> rateCriteria(long id, @Body AuditRequests.CriteriaChange request,
                                              @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        ModerationView view = (ModerationView) audits.rateCriteria(id, Rater.MODERATOR, request.ratings(),
                Versions.of(ifMatch, request.version()), Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Put("/moderation/overrides/{section}")
    @Operation(summary = "The moderator overrides a derived rating, with a rationale")
    HttpResponse<ModerationView> override(long id, String section, @Body AuditRequests.Override request,
                                          @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        ModerationView view = (ModerationView) audits.override(id, Rater.MODERATOR, section, request.rating(),
                request.rationale(), Versions.of(ifMatch, request.version()), Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Post("/moderation/submit")
    @Operation(summary = "The moderator submits their ratings; both sets become visible side by side")
    HttpResponse<ModerationView> submit(long id, @Nullable @Body AuditRequests.VersionOnly request,
                                        @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        ModerationView view = audits.submitModeration(id,
                Versions.of(ifMatch, request == null ? null : request.version()), Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }

    @Put("/agreement")
    @Operation(summary = "Record the agreed rating per section and overall with a rationale; the audit becomes"
            + " MODERATED")
    HttpResponse<ModerationView> agree(long id, @Body AuditRequests.Agreement request,
                                       @Nullable @Header("If-Match") String ifMatch, Authentication user) {
        ModerationView view = audits.agree(id, request.ratings(), Versions.of(ifMatch, request.version()),
                Caller.of(user));
        return Versions.withVersion(HttpStatus.OK, view, view.version());
    }
}
