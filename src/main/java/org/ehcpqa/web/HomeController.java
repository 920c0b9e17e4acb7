package org.ehcpqa.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.audit.AuditService;
import org.ehcpqa.audit.AuditStatus;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.plan.PlanListFilter;
import org.ehcpqa.plan.PlanListing;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.report.pack.TrainingPacks;
import org.ehcpqa.security.UserAccounts;
import org.ehcpqa.trend.TrendService;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The start page: what needs doing, for each role the user holds. */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class HomeController {

    private static final int PACKS_SHOWN = 5;

    private final PlanListing listing;
    private final RatingLabels ratings;
    private final UserAccounts users;
    private final FrameworkRegistry frameworks;
    private final AuditWorkloads workloads;
    private final AuditService audits;
    private final TrendService trends;
    private final TrainingPacks packs;

    HomeController(PlanListing listing, RatingLabels ratings, UserAccounts users, FrameworkRegistry frameworks,
                   AuditWorkloads workloads, AuditService audits, TrendService trends, TrainingPacks packs) {
        this.listing = listing;
        this.ratings = ratings;
        this.users = users;
        this.frameworks = frameworks;
        this.workloads = workloads;
        this.audits = audits;
        this.trends = trends;
        this.packs = packs;
    }

    @Get
    ModelAndView<Map<String, Object>> home(HttpRequest<?> request) {
        CurrentUser user = CurrentUser.of(request).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        String framework = ratings.frameworkId();
        model.put("ratingLabels", ratings.levels());
        if (user.qaOfficer()) {
            model.put("workload", workloads.of(user.username()));
            model.put("unscored", listing.list(new PlanListFilter(null, null, null, PlanListFilter.UNSCORED, null,
                    null, framework, 1, 10)));
            model.put("recent", listing.list(new PlanListFilter(null, null, null, null, null, null, framework, 1,
                    10)));
        }
        if (user.manager()) {
            Map<String, Long> byRating = listing.countByRating(framework);
            List<RatingCount> counts = new ArrayList<>();
            ratings.levels().forEach((id, label) -> counts.add(new RatingCount(id, label, byRating.getOrDefault(id, 0L))));
            model.put("ratingCounts", counts);
            model.put("unscoredCount", byRating.getOrDefault("", 0L));
            model.put("needsOcr", listing.list(new PlanListFilter(null, null, null, PlanStatus.NEEDS_OCR.name(), null,
                    null, framework, 1, 1)).total());
            model.put("totalPlans", listing.list(new PlanListFilter(null, null, null, null, null, null, framework, 1,
                    1)).total());
            Map<AuditStatus, Long> byStatus = audits.countByStatus();
            model.put("auditsInProgress", byStatus.getOrDefault(AuditStatus.DRAFT, 0L));
            model.put("auditsAwaitingModeration", byStatus.getOrDefault(AuditStatus.SUBMITTED, 0L));
            model.put("overdueReviews", trends.overdueReviews(null, null, 1).total());
        }
        if (user.trainer()) {
            model.put("packs", packs.list().stream().filter(pack -> pack.trainer().equals(user.username()))
                    .limit(PACKS_SHOWN).toList());
        }
        if (user.admin()) {
            model.put("userCount", users.count());
            model.put("frameworkCount", frameworks.active().size());
            model.put("frameworkProblems", frameworks.problems().size());
        }
        return new ModelAndView<>("home", model);
    }

    /** How many current plans the latest automatic assessment rated at one level. */
    public record RatingCount(String id, String label, long count) {
    }
}
