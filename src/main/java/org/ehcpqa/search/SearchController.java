package org.ehcpqa.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.ehcpqa.security.Roles;
import org.ehcpqa.web.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/search}. Filters may repeat or hold comma-separated values (alternatives); text and
 * filters combine. Trainers always get anonymised results, whatever they ask for.
 */
@Controller("/api/search")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER, Roles.TRAINER})
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @Get
    SearchResult search(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String sort,
                        @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                        @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                        @Nullable @QueryValue Boolean anonymised, Authentication user) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String field : SectionFields.FILTERS) {
            List<String> values = new ArrayList<>();
            for (String raw : request.getParameters().getAll(field)) {
                for (String value : raw.split(",")) {
                    if (!value.isBlank()) {
                        values.add(normalise(field, value.trim()));
                    }
                }
            }
            if (!values.isEmpty()) {
                filters.put(field, values);
            }
        }
        SearchRequest.Order order = sort == null || sort.isBlank() || sort.equalsIgnoreCase("relevance")
                ? SearchRequest.Order.RELEVANCE : orderOf(sort);
        boolean anonymise = mustAnonymise(user.getRoles()) || Boolean.TRUE.equals(anonymised);
        return search.search(new SearchRequest(q, filters, date("from", from), date("to", to), order,
                page == null ? 1 : page, size == null ? 10 : size, anonymise));
    }

    /** A trainer without another searching role never sees plan text as written. */
    static boolean mustAnonymise(Collection<String> roles) {
        return roles.contains(Roles.TRAINER) && !roles.contains(Roles.ADMIN) && !roles.contains(Roles.QA_OFFICER)
                && !roles.contains(Roles.MANAGER);
    }

    private static SearchRequest.Order orderOf(String sort) {
        if (sort.equalsIgnoreCase("date")) {
            return SearchRequest.Order.DATE;
        }
        throw new ProblemException(400, "bad-query", "The search could not be read",
                "Sort must be 'relevance' or 'date'.");
    }

    private static LocalDate date(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "bad-query", "The search could not be read",
                    "'" + name + "' must be a date written as 2025-02-04.");
        }
    }

    /** Section codes and needs are upper case in the index, the other keywords lower case. */
    private static String normalise(String field, String value) {
        return switch (field) {
            case SectionFields.SECTION, SectionFields.NEED -> value.toUpperCase(Locale.ROOT);
            case SectionFields.TEAM, SectionFields.RATING, SectionFields.AUDITED_RATING, SectionFields.YEAR -> value;
            default -> value.toLowerCase(Locale.ROOT);
        };
    }
}
