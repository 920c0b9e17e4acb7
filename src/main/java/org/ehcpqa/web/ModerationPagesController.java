package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.audit.AuditRequests;
import org.ehcpqa.audit.AuditService;
import org.ehcpqa.audit.AuditStatus;
import org.ehcpqa.audit.AuditSummary;
import org.ehcpqa.audit.Caller;
import org.ehcpqa.audit.ModerationView;
import org.ehcpqa.audit.Rater;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.privacy.AccessAction;
import org.ehcpqa.privacy.AccessLog;
import org.ehcpqa.security.Roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moderation of a submitted audit: a second QA officer starts it and rates the plan blind, section by section as in
 * the workspace, from the same automatic suggestions, overriding a rating that follows from their judgements with a
 * rationale where it does not fit; after they submit, both raters' judgements are shown side by side, with the
 * moderator's overrides and their reasons, and either of them records the agreed rating, with a rationale, wherever
 * they differ. What is shown comes from the audit feature's moderation view, which leaves the auditor's columns
 * empty for the blind moderator and the moderator's for everyone else until they submit.
 */
@Controller("/audits/{id}/moderation")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
class ModerationPagesController {

    /** The moderator's own section ratings and their override forms, on the page while they rate. */
    private static final String OWN_RATINGS = "moderator-ratings";

    private final AuditService audits;
    private final PlanService plans;
    private final FrameworkRegistry frameworks;
    private final AccessLog accessLog;

    ModerationPagesController(AuditService audits, PlanService plans, FrameworkRegistry frameworks,
                              AccessLog accessLog) {
        this.audits = audits;
        this.plans = plans;
        this.frameworks = frameworks;
        this.accessLog = accessLog;
    }

    @Get
    HttpResponse<?> page(long id, @Nullable @QueryValue String section, Authentication user) {
        return moderationPage(id, section, user, List.of(), HttpStatus.OK);
    }

    @Post(value = "/start", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> start(long id, @Body Map<String, Object> form, Authentication user) {
        return change(id, null, user, () -> audits.startModeration(id, AuditForms.version(form), Caller.of(user)),
                "/audits/" + id + "/moderation");
    }

    @Post(value = "/sections/{section}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> saveSection(long id, String section, @Body Map<String, Object> form, Authentication user) {
        List<AuditRequests.CriterionRating> ratings = AuditForms.ratings(form);
        return change(id, section, user, () -> audits.rateCriteria(id, Rater.MODERATOR, ratings,
                AuditForms.version(form), Caller.of(user)), AuditForms.next(form, id, section, "/moderation"));
    }

    @Post(value = "/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> submit(long id, @Body Map<String, Object> form, Authentication user) {
        return change(id, Forms.text(form, "back"), user,
                () -> audits.submitModeration(id, AuditForms.version(form), Caller.of(user)),
                "/audits/" + id + "/moderation#side-by-side");
    }

    /**
     * The moderator overrides their own derived rating of a section (or overall) with a rationale, or with no
     * rating restores it; the audit service refuses anyone but the moderator while the moderation is open.
     */
    @Post(value = "/overrides/{section}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> override(long id, String section, @Body Map<String, Object> form, Authentication user) {
        String back = Forms.text(form, "back");
        return change(id, back, user, () -> audits.override(id, Rater.MODERATOR, section, Forms.text(form, "rating"),
                Forms.text(form, "rationale"), AuditForms.version(form), Caller.of(user)),
                "/audits/" + id + "/moderation" + AuditForms.sectionQuery(back) + "#" + OWN_RATINGS, OWN_RATINGS);
    }

    /** The agreed rating of every section the raters differ on ({@code agreed-<key>}, {@code rationale-<key>}). */
    @Post(value = "/agreement", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> agree(long id, @Body Map<String, Object> form, Authentication user) {
        List<AuditRequests.AgreedRating> ratings = new ArrayList<>();
        for (String key : Forms.values(form, "differs")) {
            String rating = Forms.text(form, "agreed-" + key);
            if (rating != null) {
                ratings.add(new AuditRequests.AgreedRating(key, rating, Forms.text(form, "rationale-" + key)));
            }
        }
        return change(id, null, user, () -> audits.agree(id, ratings, AuditForms.version(form), Caller.of(user)),
                "/audits/" + id + "/moderation#side-by-side");
    }

    private HttpResponse<?> change(long id, @Nullable String section, Authentication user, Runnable change,
                                   String redirect) {
        return change(id, section, user, change, redirect, "moderation-actions");
    }

    private HttpResponse<?> change(long id, @Nullable String section, Authentication user, Runnable change,
                                   String redirect, String errorField) {
        return PageChanges.make(change, redirect, errorField,
                (errors, status) -> moderationPage(id, section, user, errors, status));
    }

    private HttpResponse<?> moderationPage(long id, @Nullable String section, Authentication user,
                                           List<FieldError> errors, HttpStatus status) {
        ModerationView moderation;
        try {
            moderation = audits.moderation(id, Caller.of(user));
        } catch (ProblemException e) {
            throw new PageNotFound("Audit " + id + " was not found.");
        }
        CurrentUser me = CurrentUser.of(user);
        boolean isModerator = me.username().equals(moderation.moderator());
        boolean rating = isModerator && "OPEN".equals(moderation.moderationStatus());
        boolean submitted = "SUBMITTED".equals(moderation.moderationStatus());
        Map<String, Object> model = new HashMap<>();
        model.put("moderation", moderation);
        model.put("errors", errors);
        model.put("statusLabel", AuditForms.status(moderation.status()));
        model.put("rating", rating);
        model.put("canStart", me.qaOfficer() && moderation.status() == AuditStatus.SUBMITTED
                && moderation.moderator() == null && !moderation.auditor().equals(me.username()));
        boolean party = me.admin() || isModerator || moderation.auditor().equals(me.username());
        boolean sideBySide = submitted && !moderation.blind();
        model.put("sideBySide", sideBySide);
        model.put("canAgree", sideBySide && party && me.qaOfficer() && moderation.status() == AuditStatus.SUBMITTED);
        model.put("canFinalise", me.qaOfficer() && moderation.status() == AuditStatus.MODERATED);
        model.put("differs", moderation.ratings().stream().filter(r -> r.auditorRating() != null
                && !r.auditorRating().equals(r.moderatorRating())).toList());
        model.put("reportLink", "/api/reports/audits/" + id + ".pdf");
        model.put("judgements", AuditPage.JUDGEMENTS);
        Map<String, String> judgementLabels = new HashMap<>();
        AuditPage.JUDGEMENTS.forEach(j -> judgementLabels.put(j.value(), j.label()));
        model.put("judgementLabels", judgementLabels);
        if (rating) {
            Optional<PlanView> plan = planOf(id);
            plan.ifPresent(p -> {
                accessLog.record(me.username(), p.id(), p.versionId(), AccessAction.VIEWED_TEXT);
                Map<String, String> titles = new LinkedHashMap<>();
                Map<String, String> ratings = new LinkedHashMap<>();
                moderation.ratings().forEach(r -> {
                    if (!"OVERALL".equals(r.section())) {
                        titles.put(r.section(), r.title());
                        ratings.put(r.section(), r.moderatorLabel());
                    }
                });
                model.put("page", AuditPage.build(titles, ratings, AuditPage.moderatorRated(moderation), p,
                        section == null ? null : section.strip().toUpperCase()));
                model.put("plan", p);
            });
        }
        // The scale of the framework version the audit was made with, as the workspace shows it.
        AuditSummary audit = audits.summary(id);
        List<PlanPagesController.Choice> levels = AuditPage.levels(
                frameworks.findVersion(audit.framework(), audit.frameworkHash()));
        model.put("levels", levels);
        Map<String, String> levelLabels = new HashMap<>();
        levels.forEach(level -> levelLabels.put(level.value(), level.label()));
        model.put("levelLabels", levelLabels);
        return HttpResponse.status(status).body(new ModelAndView<>("moderation", model));
    }

    /** The audited plan version, from the audit's summary line, which holds no rating. */
    private Optional<PlanView> planOf(long id) {
        AuditSummary audit = audits.summary(id);
        return audit.planId() == null || audit.versionId() == null ? Optional.empty()
                : plans.findVersion(audit.planId(), audit.versionId());
    }
}
