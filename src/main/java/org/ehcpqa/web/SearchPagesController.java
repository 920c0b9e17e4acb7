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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.report.pack.NewPackItem;
import org.ehcpqa.report.pack.NewTrainingPack;
import org.ehcpqa.report.pack.PackSummary;
import org.ehcpqa.report.pack.TrainingPacks;
import org.ehcpqa.search.SearchRequest;
import org.ehcpqa.search.SearchResult;
import org.ehcpqa.search.SearchService;
import org.ehcpqa.search.SectionFields;
import org.ehcpqa.security.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The search page: text and facets over every plan's sections, highlighted snippets, and for
 * trainers a way to put a result into a training pack. Whether text is anonymised is decided
 * here from the user's roles: a trainer's search is always anonymised, whatever the form says.
 */
@Controller("/search")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER, Roles.TRAINER})
class SearchPagesController {

    private static final int MAX_TITLE = 200;

    private final SearchService search;
    private final TrainingPacks packs;
    private final RatingLabels ratings;

    SearchPagesController(SearchService search, TrainingPacks packs, RatingLabels ratings) {
        this.search = search;
        this.packs = packs;
        this.ratings = ratings;
    }

    @Get
    HttpResponse<?> search(HttpRequest<?> request) {
        SearchForm form = SearchForm.of(request.getParameters().asMap());
        CurrentUser user = CurrentUser.of(request).orElseThrow();
        Long added = request.getParameters().getFirst("added").map(v -> form.pack()).orElse(null);
        return page(form, user, List.of(), added);
    }

    /**
     * Adds one result to a pack, a new one when a title is given, and goes back to the same
     * search with that pack chosen for the next result. A refusal shows the search again with
     * the reason beside that result's form.
     */
    @Post(value = "/examples", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.TRAINER})
    HttpResponse<?> addExample(HttpRequest<?> request, @Body Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(request).orElseThrow();
        String returnTo = Forms.text(body, "returnTo");
        SearchForm form = SearchForm.ofPath(returnTo);
        String field = "pack-" + Optional.ofNullable(Forms.text(body, "index")).filter(i -> i.matches("\\d{1,3}"))
                .orElse("0");
        String newTitle = Forms.text(body, "newTitle");
        Long packId = parseLong(Forms.text(body, "pack"));
        Long planId = parseLong(Forms.text(body, "planId"));
        String section = Forms.text(body, "section");
        String error = null;
        if (planId == null || section == null) {
            error = "Choose a search result to add";
        } else if (newTitle != null && newTitle.length() > MAX_TITLE) {
            error = "A pack title may have at most " + MAX_TITLE + " characters";
        } else if (newTitle == null && packId == null) {
            error = "Choose a training pack, or give a new pack a title";
        }
        if (error == null) {
            try {
                if (newTitle != null) {
                    packId = packs.create(new NewTrainingPack(newTitle, null), user.username()).id();
                    form = form.withPack(packId);
                }
                packs.addItem(packId, new NewPackItem(planId, section, Forms.text(body, "rating"), null),
                        user.username());
                SearchForm next = form.withPack(packId);
                String path = next.path();
                return HttpResponse.seeOther(URI.create(path + (path.contains("?") ? "&" : "?") + "added=true"));
            } catch (ProblemException e) {
                error = e.getMessage();
            }
        }
        return HttpResponse.badRequest(page(form, user, List.of(new FieldError(field, error)), null).body());
    }

    private HttpResponse<ModelAndView<Map<String, Object>>> page(SearchForm form, CurrentUser user,
                                                                 List<FieldError> errors, @Nullable Long added) {
        boolean forced = !user.readsPlans();
        boolean anonymised = forced || form.anonymise();
        List<FieldError> shown = new ArrayList<>(errors);
        shown.addAll(form.issued().errors());
        SearchResult result = null;
        if (form.issued().valid()) {
            try {
                result = search.search(form.request(anonymised));
            } catch (ProblemException e) {
                shown.add(new FieldError("q", e.getMessage()));
            }
        }
        Map<String, String> levels = ratings.levels();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", shown);
        model.put("anonymised", anonymised);
        model.put("anonymiseForced", forced);
        model.put("result", result);
        model.put("hits", result == null ? List.of() : hits(result, levels));
        model.put("facets", result == null ? List.of() : facets(result, form, levels));
        model.put("pages", result == null ? 0 : pages(result));
        model.put("returnTo", form.path());
        model.put("linksToPlans", user.readsPlans());
        boolean buildsPacks = user.trainer();
        model.put("buildsPacks", buildsPacks);
        List<PackSummary> packList = buildsPacks ? packs.list() : List.of();
        model.put("packs", packList);
        model.put("addedTo", added == null ? null : packList.stream().filter(p -> p.id() == added).findFirst().orElse(null));
        // A range that is not a range is a refused form; a query the index cannot read is shown beside the box instead.
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(form.issued().valid() ? HttpStatus.OK
                : HttpStatus.BAD_REQUEST).body(new ModelAndView<>("search", model));
    }

    private static int pages(SearchResult result) {
        long reachable = Math.min(result.total(), SearchRequest.MAX_WINDOW);
        return (int) ((reachable + result.size() - 1) / result.size());
    }

    private static List<HitView> hits(SearchResult result, Map<String, String> levels) {
        List<HitView> views = new ArrayList<>();
        int index = 0;
        for (SearchResult.Hit hit : result.hits()) {
            index++;
            String rating = hit.rating() == null ? null : levels.getOrDefault(hit.rating(), hit.rating());
            List<String> details = new ArrayList<>();
            if (hit.need() != null) {
                details.add("Primary need: " + hit.need());
            }
            if (hit.phase() != null) {
                details.add("Phase: " + FacetLabels.words(hit.phase()));
            }
            if (hit.issueDate() != null) {
                details.add("Issued: " + issued(hit.issueDate()));
            }
            if (rating != null) {
                details.add("Suggested rating: " + rating);
            }
            views.add(new HitView(index, hit.planId(), hit.section(),
                    "Section " + hit.section() + ": " + FacetLabels.sectionTitle(hit.section()),
                    SnippetRuns.of(hit.snippet(), hit.highlights()), String.join(" · ", details),
                    hit.flags().stream().map(FacetLabels::words).toList(), rating));
        }
        return views;
    }

    private static List<FacetGroup> facets(SearchResult result, SearchForm form, Map<String, String> levels) {
        List<FacetGroup> groups = new ArrayList<>();
        for (String field : SectionFields.FACETS) {
            Map<String, Long> counts = new LinkedHashMap<>(result.facets().getOrDefault(field, Map.of()));
            // A ticked value stays on the form even when nothing matches it now, so it can be unticked.
            form.filters().getOrDefault(field, List.of()).forEach(value -> counts.putIfAbsent(value, 0L));
            if (counts.isEmpty()) {
                continue;
            }
            List<FacetOption> options = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                options.add(new FacetOption(field + "-" + (++i), count.getKey(),
                        FacetLabels.label(field, count.getKey(), levels), count.getValue(),
                        form.ticked(field, count.getKey())));
            }
            options.sort(FacetLabels.order(field));
            groups.add(new FacetGroup(field, FacetLabels.legend(field), options));
        }
        return groups;
    }

    private static String issued(String isoDate) {
        try {
            return Dates.INSTANCE.day(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    private static Long parseLong(@Nullable String value) {
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One result as the page shows it; {@code index} numbers its add-example form's fields. */
    public record HitView(int index, long planId, String section, String sectionLabel,
                          List<SnippetRuns.Run> snippet, String details, List<String> flags,
                          @Nullable String rating) {
    }

    /** A facet as a fieldset of checkboxes. */
    public record FacetGroup(String field, String legend, List<FacetOption> options) {
    }

    /** A facet value with the number of matching sections. */
    public record FacetOption(String id, String value, String label, long count, boolean ticked) {
    }
}
