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
import io.micronaut.views.ModelAndView;
import org.ehcpqa.plan.PlanListFilter;
import org.ehcpqa.plan.PlanListPage;
import org.ehcpqa.plan.PlanListing;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SchoolPhase;
import org.ehcpqa.privacy.AccessAction;
import org.ehcpqa.privacy.AccessLog;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.assessment.AssessmentReader;
import org.ehcpqa.scoring.assessment.AssessmentResponse;
import org.ehcpqa.security.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plan list with its filters, and one plan's page. Trainers never see full plans. */
@Controller("/plans")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
class PlanPagesController {

    static final int PAGE_SIZE = 25;

    private final PlanListing listing;
    private final PlanService plans;
    private final AssessmentReader assessments;
    private final AccessLog accessLog;
    private final RatingLabels ratings;

    PlanPagesController(PlanListing listing, PlanService plans, AssessmentReader assessments, AccessLog accessLog,
                        RatingLabels ratings) {
        this.listing = listing;
        this.plans = plans;
        this.assessments = assessments;
        this.accessLog = accessLog;
        this.ratings = ratings;
    }

    @Get
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String need, @Nullable @QueryValue String phase,
                                           @Nullable @QueryValue String team, @Nullable @QueryValue String status,
                                           @Nullable @QueryValue String rating, @Nullable @QueryValue String flag,
                                           @Nullable @QueryValue Integer page) {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("need", Forms.blankToNull(need));
        chosen.put("phase", SchoolPhase.parse(phase).map(Enum::name).orElse(null));
        chosen.put("team", Forms.blankToNull(team));
        chosen.put("status", statuses().containsKey(String.valueOf(status)) ? status : null);
        Map<String, String> levels = ratings.levels();
        chosen.put("rating", levels.containsKey(String.valueOf(rating)) ? rating : null);
        chosen.put("flag", CheckCode.fromCode(String.valueOf(flag)).map(CheckCode::code).orElse(null));
        PlanListPage result = listing.list(new PlanListFilter(chosen.get("need"),
                SchoolPhase.parse(chosen.get("phase")).orElse(null), chosen.get("team"), chosen.get("status"),
                chosen.get("rating"), chosen.get("flag"), ratings.frameworkId(), page == null ? 1 : page, PAGE_SIZE));

        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("chosen", chosen);
        model.put("query", query(chosen));
        model.put("needs", listing.needs());
        model.put("teams", listing.teams());
        model.put("phases", Arrays.stream(SchoolPhase.values()).map(p -> new Choice(p.name(), p.label())).toList());
        model.put("statuses", statuses().entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList());
        model.put("ratings", levels.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList());
        model.put("flags", Arrays.stream(CheckCode.values())
                .map(c -> new Choice(c.code(), PlanPage.checkName(c.code()))).toList());
        model.put("ratingLabels", levels);
        return new ModelAndView<>("plans", model);
    }

    @Get("/{id}")
    HttpResponse<?> plan(HttpRequest<?> request, long id, @Nullable @QueryValue Long version,
                         @Nullable @QueryValue String saved) {
        Optional<PlanView> found = version == null ? plans.find(id) : plans.findVersion(id, version);
        if (found.isEmpty()) {
            throw new PageNotFound("Plan " + id + " was not found.");
        }
        PlanView plan = found.get();
        CurrentUser user = CurrentUser.of(request).orElseThrow();
        accessLog.record(user.username(), plan.id(), plan.versionId(), AccessAction.VIEWED_TEXT);

        List<VersionLine> versions = plans.versions(id).stream().map(v -> new VersionLine(v.versionId(),
                v.versionNumber(), v.current(), v.fileName(), v.issueDate() == null ? null : v.issueDate().toString(),
                v.versionId() == plan.versionId())).toList();
        boolean current = versions.stream().anyMatch(v -> v.current() && v.shown());
        AssessmentResponse assessment = null;
        String assessmentNote = null;
        if (plan.status() != PlanStatus.PROCESSED) {
            assessmentNote = "This plan holds no text yet (it needs OCR), so it has not been scored.";
        } else if (!current) {
            assessmentNote = "Flags and ratings are shown for the current version only.";
        } else {
            try {
                assessment = assessments.current(id, null);
            } catch (ProblemException e) {
                assessmentNote = e.getMessage();
            }
        }
        Map<String, String> levels = ratings.levels();
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("page", PlanPage.build(plan, assessment, levels));
        model.put("assessment", assessment);
        model.put("assessmentNote", assessmentNote);
        model.put("overall", assessment == null || assessment.overall().rating() == null ? null
                : levels.getOrDefault(assessment.overall().rating(), assessment.overall().ratingLabel()));
        model.put("thread", assessment == null ? List.of() : assessment.goldenThread());
        model.put("versions", versions);
        model.put("assignmentSaved", "assignment".equals(saved));
        model.put("originalLink", "/api/plans/" + plan.id() + "/original"
                + (current ? "" : "?version=" + plan.versionId()));
        return HttpResponse.ok(new ModelAndView<>("plan", model));
    }

    static Map<String, String> statuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put(PlanStatus.PROCESSED.name(), "Processed");
        statuses.put(PlanListFilter.UNSCORED, "Not scored yet");
        statuses.put(PlanStatus.NEEDS_OCR.name(), "Needs OCR (no text)");
        return statuses;
    }

    /** The chosen filters as a query string, for paging links that keep them. */
    private static String query(Map<String, String> chosen) {
        List<String> pairs = new ArrayList<>();
        chosen.forEach((key, value) -> {
            if (value != null) {
                pairs.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return String.join("&", pairs);
    }

    /** An option of a select. */
    public record Choice(String value, String label) {
    }

    public record VersionLine(long versionId, int number, boolean current, String fileName, @Nullable String issueDate,
                              boolean shown) {
    }
}
