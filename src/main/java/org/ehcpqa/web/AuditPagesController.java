package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import org.ehcpqa.audit.ActionStatus;
import org.ehcpqa.audit.AuditRequests;
import org.ehcpqa.audit.AuditService;
import org.ehcpqa.audit.AuditStatus;
import org.ehcpqa.audit.AuditView;
import org.ehcpqa.audit.Caller;
import org.ehcpqa.audit.Judgement;
import org.ehcpqa.audit.Rater;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.privacy.AccessAction;
import org.ehcpqa.privacy.AccessLog;
import org.ehcpqa.security.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The QA officer's audits: the list, starting an audit of a plan, and the workspace where the auditor judges each
 * criterion section by section, overrides ratings, records, changes and deletes findings, marks their actions done
 * and submits. Every form posts and redirects, so the pages work without JavaScript; audit.js saves each judgement
 * through the API as it is made. The audit feature decides what each caller may see (its Visibility rules) and
 * which change each status allows; these pages only show it.
 */
@Controller("/audits")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
class AuditPagesController {

    private static final String ORIGIN_OPENED = "OPENED";

    private final AuditService audits;
    private final PlanService plans;
    private final FrameworkRegistry frameworks;
    private final AccessLog accessLog;
    private final AuditWorkloads workloads;

    AuditPagesController(AuditService audits, PlanService plans, FrameworkRegistry frameworks, AccessLog accessLog,
                         AuditWorkloads workloads) {
        this.audits = audits;
        this.plans = plans;
        this.frameworks = frameworks;
        this.accessLog = accessLog;
        this.workloads = workloads;
    }

    @Get
    ModelAndView<Map<String, Object>> list(Authentication user) {
        AuditWorkloads.Workload workload = workloads.of(user.getName());
        Map<String, Object> model = new HashMap<>();
        model.put("drafts", workload.drafts());
        model.put("waiting", workload.waiting());
        model.put("toModerate", workload.toModerate());
        model.put("recent", workload.recent());
        model.put("errors", List.of());
        return new ModelAndView<>("audits", model);
    }

    /** Opens an audit of the plan's current version against the default framework, then its workspace. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> start(@Body Map<String, Object> form, Authentication user) {
        String planField = Forms.text(form, "planId");
        Long planId = parseLong(planField);
        if (planId == null) {
            return HttpResponse.badRequest(listWithError(user, "Enter the plan number, such as 123"));
        }
        try {
            AuditView audit = audits.open(planId, null, null, null, user.getName(), ORIGIN_OPENED);
            return HttpResponse.seeOther(URI.create("/audits/" + audit.id()));
        } catch (ProblemException e) {
            return HttpResponse.status(HttpStatus.valueOf(e.toProblem().status()))
                    .body(listWithError(user, e.getMessage()));
        }
    }

    @Get("/{id}")
    HttpResponse<?> workspace(HttpRequest<?> request, long id, @Nullable @QueryValue String section,
                              Authentication user) {
        return workspacePage(request, id, section, user, List.of(), HttpStatus.OK);
    }

    /** "Save and continue": the section's judgements and comments in one change, then the next section. */
    @Post(value = "/{id}/sections/{section}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> saveSection(HttpRequest<?> request, long id, String section, @Body Map<String, Object> form,
                                Authentication user) {
        List<AuditRequests.CriterionRating> ratings = AuditForms.ratings(form);
        return change(request, id, section, user, () -> audits.rateCriteria(id, Rater.AUDITOR,
                ratings, AuditForms.version(form), Caller.of(user)), AuditForms.next(form, id, section, ""));
    }

    /** Judges every criterion not yet judged as the automatic checks suggested, where they suggested anything. */
    @Post(value = "/{id}/accept-suggestions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> acceptSuggestions(HttpRequest<?> request, long id, @Body Map<String, Object> form,
                                      Authentication user) {
        String section = Forms.text(form, "section");
        return change(request, id, section, user, () -> {
            AuditView audit = audits.view(id, Caller.of(user));
            List<AuditRequests.CriterionRating> ratings = new ArrayList<>();
            audit.sections().forEach(s -> s.criteria().forEach(c -> {
                Judgement suggested = c.suggestedResult() == null ? null : Judgement.fromSuggestion(c.suggestedResult());
                if (c.result() == null && suggested != null) {
                    ratings.add(new AuditRequests.CriterionRating(c.id(), suggested, c.comment()));
                }
            }));
            audits.rateCriteria(id, Rater.AUDITOR, ratings, AuditForms.version(form), Caller.of(user));
        }, "/audits/" + id + AuditForms.sectionQuery(section));
    }

    @Post(value = "/{id}/overrides/{section}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> override(HttpRequest<?> request, long id, String section, @Body Map<String, Object> form,
                             Authentication user) {
        String rating = Forms.text(form, "rating");
        String back = Forms.text(form, "back");
        return change(request, id, back, user, () -> audits.override(id, Rater.AUDITOR, section,
                rating, Forms.text(form, "rationale"), AuditForms.version(form), Caller.of(user)),
                "/audits/" + id + AuditForms.sectionQuery(back) + "#ratings");
    }

    @Post(value = "/{id}/findings", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> addFinding(HttpRequest<?> request, long id, @Body Map<String, Object> form, Authentication user) {
        String back = Forms.text(form, "back");
        FindingForm entered = FindingForm.read(form);
        List<FieldError> errors = new ArrayList<>();
        LocalDate due = entered.due(errors);
        if (!errors.isEmpty()) {
            return workspacePage(request, id, back, user, errors, HttpStatus.BAD_REQUEST, entered);
        }
        return PageChanges.make(() -> audits.addFinding(id, entered.request(due, null), AuditForms.version(form),
                        Caller.of(user)), findingsOf(id, back), "finding-form",
                (refusal, status) -> workspacePage(request, id, back, user, refusal, status, entered));
    }

    /** The form that changes or deletes one finding, while the audit is a draft its auditor may change. */
    @Get("/{id}/findings/{findingId}")
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> findingForm(HttpRequest<?> request, long id, long findingId, @Nullable @QueryValue String section,
                                Authentication user) {
        return findingPage(request, id, findingId, section, user, null, List.of(), HttpStatus.OK);
    }

    @Post(value = "/{id}/findings/{findingId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> changeFinding(HttpRequest<?> request, long id, long findingId, @Body Map<String, Object> form,
                                  Authentication user) {
        String back = Forms.text(form, "back");
        FindingForm entered = FindingForm.read(form);
        List<FieldError> errors = new ArrayList<>();
        LocalDate due = entered.due(errors);
        if (!errors.isEmpty()) {
            return findingPage(request, id, findingId, back, user, entered, errors, HttpStatus.BAD_REQUEST);
        }
        Caller caller = Caller.of(user);
        return PageChanges.make(() -> {
            AuditView.FindingView before = finding(id, findingId, caller);
            audits.changeFinding(id, findingId, entered.request(due, before.evidence()), AuditForms.version(form),
                    caller);
        }, findingsOf(id, back), "finding-form",
                (refusal, status) -> findingPage(request, id, findingId, back, user, entered, refusal, status));
    }

    @Post(value = "/{id}/findings/{findingId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> deleteFinding(HttpRequest<?> request, long id, long findingId, @Body Map<String, Object> form,
                                  Authentication user) {
        String back = Forms.text(form, "back");
        Caller caller = Caller.of(user);
        return findingChange(request, id, back, user, () -> {
            finding(id, findingId, caller);
            audits.deleteFinding(id, findingId, AuditForms.version(form), caller);
        });
    }

    /** Marks an action done or open again: at any stage, by anyone who may read the audit's findings. */
    @Post(value = "/{id}/findings/{findingId}/action", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> markAction(HttpRequest<?> request, long id, long findingId, @Body Map<String, Object> form,
                               Authentication user) {
        ActionStatus status = AuditForms.parse(ActionStatus.class, Forms.text(form, "actionStatus"));
        return findingChange(request, id, Forms.text(form, "back"), user, () -> audits.followUpAction(id, findingId,
                status, AuditForms.version(form), Caller.of(user)));
    }

    @Post(value = "/{id}/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> submit(HttpRequest<?> request, long id, @Body Map<String, Object> form, Authentication user) {
        return change(request, id, Forms.text(form, "back"), user,
                () -> audits.submit(id, AuditForms.version(form), Caller.of(user)), "/audits/" + id);
    }

    @Post(value = "/{id}/final", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> finalise(HttpRequest<?> request, long id, @Body Map<String, Object> form, Authentication user) {
        return change(request, id, Forms.text(form, "back"), user,
                () -> audits.finalise(id, AuditForms.version(form), Caller.of(user)), "/audits/" + id);
    }

    /** Runs a change; on success redirects, on a refusal shows the workspace again with the reason. */
    private HttpResponse<?> change(HttpRequest<?> request, long id, @Nullable String section, Authentication user,
                                   Runnable change, String redirect) {
        return PageChanges.make(change, redirect, "audit-actions",
                (errors, status) -> workspacePage(request, id, section, user, errors, status));
    }

    /** A change to one finding from the workspace's findings table; a refusal is shown there. */
    private HttpResponse<?> findingChange(HttpRequest<?> request, long id, @Nullable String section,
                                          Authentication user, Runnable change) {
        return PageChanges.make(change, findingsOf(id, section), "findings",
                (errors, status) -> workspacePage(request, id, section, user, errors, status));
    }

    private static String findingsOf(long id, @Nullable String section) {
        return "/audits/" + id + AuditForms.sectionQuery(section) + "#findings";
    }

    /**
     * The finding as its auditor sees it. The audit feature hides a draft's findings from every other QA officer
     * ({@code firstRatingsHidden}), so they may not change what they may not see either.
     */
    private AuditView.FindingView finding(long id, long findingId, Caller caller) {
        return finding(audits.view(id, caller), findingId);
    }

    private static AuditView.FindingView finding(AuditView audit, long findingId) {
        long id = audit.id();
        if (audit.firstRatingsHidden()) {
            throw new ProblemException(403, "not-the-auditor", "Forbidden", "Only " + audit.auditor()
                    + ", who is auditing it, can change the findings of audit " + id + ".");
        }
        return audit.findings().stream().filter(f -> f.id() == findingId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Finding " + findingId + " of audit " + id));
    }

    private HttpResponse<?> findingPage(HttpRequest<?> request, long id, long findingId, @Nullable String section,
                                        Authentication user, @Nullable FindingForm entered, List<FieldError> errors,
                                        HttpStatus status) {
        AuditView audit;
        AuditView.FindingView finding;
        try {
            audit = audits.view(id, Caller.of(user));
            finding = finding(audit, findingId);
        } catch (ProblemException e) {
            if (e.toProblem().status() == 404) {
                throw new PageNotFound(e.getMessage());
            }
            // The workspace says why: the findings are hidden, or the moderator is still rating blind.
            return errors.isEmpty() ? HttpResponse.seeOther(URI.create("/audits/" + id))
                    : workspacePage(request, id, section, user, errors, status);
        }
        if (!editable(audit, CurrentUser.of(user))) {
            // No longer a draft: a refused change is explained on the workspace, where the findings are.
            return errors.isEmpty() ? HttpResponse.seeOther(URI.create(findingsOf(id, section)))
                    : workspacePage(request, id, section, user, errors, status);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("audit", audit);
        model.put("finding", finding);
        model.put("values", entered != null ? entered : FindingForm.of(finding));
        model.put("errors", errors);
        model.put("back", section);
        model.put("kinds", AuditForms.KINDS);
        model.put("criterionChoices", criterionChoices(audit));
        return HttpResponse.status(status).body(new ModelAndView<>("audit-finding", model));
    }

    private HttpResponse<?> workspacePage(HttpRequest<?> request, long id, @Nullable String section,
                                          Authentication user, List<FieldError> errors,
                                          HttpStatus status) {
        return workspacePage(request, id, section, user, errors, status, null);
    }

    /** @param newFinding the finding form as typed, kept when it was refused */
    private HttpResponse<?> workspacePage(HttpRequest<?> request, long id, @Nullable String section,
                                          Authentication user, List<FieldError> errors,
                                          HttpStatus status, @Nullable FindingForm newFinding) {
        AuditView audit;
        try {
            audit = audits.view(id, Caller.of(user));
        } catch (ProblemException e) {
            int code = e.toProblem().status();
            if (code == 404) {
                throw new PageNotFound("Audit " + id + " was not found.");
            }
            // The moderator still rating blind works on the moderation page, which never shows the first ratings.
            return HttpResponse.seeOther(URI.create("/audits/" + id + "/moderation"));
        }
        CurrentUser me = CurrentUser.of(user);
        Optional<QaFramework> framework = frameworks.findVersion(audit.framework().id(), audit.framework().hash());
        Map<String, Object> model = new HashMap<>();
        model.put("audit", audit);
        model.put("errors", errors);
        model.put("statusLabel", AuditForms.status(audit.status()));
        model.put("hidden", audit.firstRatingsHidden());
        model.put("editable", editable(audit, me));
        // Actions are followed up at any stage by whoever reads the findings (the service says who that is).
        model.put("followsUp", !audit.firstRatingsHidden() && (me.qaOfficer() || me.manager()));
        model.put("canFinalise", me.qaOfficer() && !audit.firstRatingsHidden()
                && (audit.status() == AuditStatus.MODERATED
                || (audit.status() == AuditStatus.SUBMITTED && audit.moderator() == null)));
        model.put("canModerate", me.qaOfficer() && audit.status() == AuditStatus.SUBMITTED
                && !audit.auditor().equals(me.username()));
        model.put("frameworkTitle", framework.map(QaFramework::title).orElse(audit.framework().id()));
        model.put("overall", confirmed(audit.overall()));
        model.put("levels", AuditPage.levels(framework));
        model.put("judgements", AuditPage.JUDGEMENTS);
        model.put("kinds", AuditForms.KINDS);
        Optional<PlanView> plan = audit.planId() == null || audit.versionId() == null ? Optional.empty()
                : plans.findVersion(audit.planId(), audit.versionId());
        if (plan.isPresent()) {
            // The workspace shows the plan's text, so the opening is recorded as the plan page records it.
            accessLog.record(me.username(), plan.get().id(), plan.get().versionId(), AccessAction.VIEWED_TEXT);
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, String> ratings = new LinkedHashMap<>();
            Map<String, AuditView.SectionView> byCode = new LinkedHashMap<>();
            for (AuditView.SectionView s : audit.sections()) {
                titles.put(s.code(), s.title());
                ratings.put(s.code(), confirmed(s.rating()));
                byCode.put(s.code(), s);
            }
            AuditPage page = AuditPage.build(titles, audit.firstRatingsHidden() ? Map.of() : ratings,
                    AuditPage.rated(audit), plan.get(), section == null ? null : section.strip().toUpperCase());
            model.put("page", page);
            model.put("plan", plan.get());
            model.put("sectionRating", byCode.get(page.code()) == null ? null : byCode.get(page.code()).rating());
            model.put("ratingRows", audit.sections());
        }
        model.put("criterionChoices", criterionChoices(audit));
        String chosen = model.get("page") instanceof AuditPage page ? page.code() : null;
        model.put("newFinding", newFinding != null ? newFinding : FindingForm.blank(chosen));
        model.put("reportLink", "/api/reports/audits/" + audit.id() + ".pdf");
        return HttpResponse.status(status).body(new ModelAndView<>("audit", model));
    }

    private static boolean editable(AuditView audit, CurrentUser me) {
        return audit.status() == AuditStatus.DRAFT && !audit.firstRatingsHidden() && me.qaOfficer();
    }

    private static List<PlanPagesController.Choice> criterionChoices(AuditView audit) {
        return audit.sections().stream().flatMap(s -> s.criteria().stream()
                .map(c -> new PlanPagesController.Choice(c.id(), c.id() + ": " + c.text()))).toList();
    }

    private ModelAndView<Map<String, Object>> listWithError(Authentication user, String message) {
        ModelAndView<Map<String, Object>> page = list(user);
        page.getModel().orElseThrow().put("errors", List.of(new FieldError("planId", message)));
        return page;
    }

    /** The label of the rating that counts: agreed at moderation, else the auditor's (override or derived). */
    @Nullable
    static String confirmed(AuditView.RatingView rating) {
        return rating.agreedLabel() != null ? rating.agreedLabel() : rating.ratingLabel();
    }

    @Nullable
    private static Long parseLong(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
