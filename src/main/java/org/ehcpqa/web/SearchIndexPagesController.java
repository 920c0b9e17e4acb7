package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.plan.PlanListFilter;
import org.ehcpqa.plan.PlanListing;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.search.IndexRebuilds;
import org.ehcpqa.search.RebuildStatus;
import org.ehcpqa.search.SectionIndex;
import org.ehcpqa.security.Roles;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The search index beside the database it is derived from, and rebuilding it. The database is the
 * source of truth: when the counts differ (a crash between commit and index, a deleted index
 * folder), a rebuild makes the index match it again.
 */
@Controller("/admin/search-index")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class SearchIndexPagesController {

    private final SectionIndex index;
    private final IndexRebuilds rebuilds;
    private final PlanService plans;
    private final PlanListing listing;
    private final RatingLabels ratings;

    SearchIndexPagesController(SectionIndex index, IndexRebuilds rebuilds, PlanService plans, PlanListing listing,
                               RatingLabels ratings) {
        this.index = index;
        this.rebuilds = rebuilds;
        this.plans = plans;
        this.listing = listing;
        this.ratings = ratings;
    }

    @Get
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String job) {
        return model("admin-search-index", job, null);
    }

    /** The counts and progress alone, for htmx to refresh in place while a rebuild runs. */
    @Get("/progress")
    ModelAndView<Map<String, Object>> progress(@Nullable @QueryValue String job) {
        return model("admin-search-index-progress", job, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rebuild() {
        try {
            RebuildStatus status = rebuilds.start();
            return HttpResponse.seeOther(URI.create("/admin/search-index?job=" + status.jobId()));
        } catch (ProblemException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(model("admin-search-index", null, e.getMessage()));
        }
    }

    private ModelAndView<Map<String, Object>> model(String view, @Nullable String job, @Nullable String error) {
        Optional<RebuildStatus> status = job == null ? Optional.empty() : rebuilds.find(job);
        long withText = listing.list(new PlanListFilter(null, null, null, PlanStatus.PROCESSED.name(), null, null,
                ratings.frameworkId(), 1, 1)).total();
        int indexedPlans = index.planCount();
        Map<String, Object> model = new HashMap<>();
        model.put("databasePlans", plans.count());
        model.put("databasePlansWithText", withText);
        model.put("indexedPlans", indexedPlans);
        model.put("indexedSections", index.documentCount());
        model.put("inStep", indexedPlans == withText);
        model.put("difference", Math.abs(withText - indexedPlans));
        model.put("job", status.orElse(null));
        model.put("percent", status.map(s -> s.total() == 0 ? (s.finishedAt() == null ? 0 : 100)
                : (s.indexed() + s.failed()) * 100 / s.total()).orElse(0));
        model.put("error", error);
        return new ModelAndView<>(view, model);
    }
}
