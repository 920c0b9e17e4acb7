package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.search.SearchRequest;
import org.ehcpqa.search.SectionFields;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the search page was asked: text, facet values ticked, issue dates, order, page, the
 * "anonymise" tick and the training pack chosen for adding examples. It reads a query string and writes one, so
 * paging links, the add-example form's way back and the page after a refused add all show the
 * same search.
 *
 * @param filters ticked facet values by field; only the fields the index counts as facets
 * @param issued  the issue date range, as typed
 * @param pack    the pack the add-example forms preselect (the last one added to)
 */
public record SearchForm(@Nullable String q, boolean byDate, boolean anonymise, int page,
                  Map<String, List<String>> filters, IssueDates issued, @Nullable Long pack) {

    static final int PAGE_SIZE = 10;
    private static final int MAX_VALUES = 50;

    public SearchForm {
        filters = Map.copyOf(filters);
    }

    static SearchForm of(Map<String, List<String>> parameters) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String field : SectionFields.FACETS) {
            List<String> values = new ArrayList<>();
            for (String value : parameters.getOrDefault(field, List.of())) {
                if (value != null && !value.isBlank() && !values.contains(value.strip()) && values.size() < MAX_VALUES) {
                    values.add(value.strip());
                }
            }
            if (!values.isEmpty()) {
                filters.put(field, List.copyOf(values));
            }
        }
        return new SearchForm(Forms.blankToNull(first(parameters, "q")), "date".equals(first(parameters, "sort")),
                "true".equals(first(parameters, "anonymise")), number(first(parameters, "page"), 1),
                filters, IssueDates.read(new LinkedHashMap<>(parameters)), longOrNull(first(parameters, "pack")));
    }

    /** Reads a path such as {@code /search?q=x&section=F}; anything not under /search is an empty search. */
    static SearchForm ofPath(@Nullable String path) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (isSearchPath(path)) {
            String query = URI.create(path).getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int equals = pair.indexOf('=');
                    String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                    String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                    parameters.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                }
            }
        }
        return of(parameters);
    }

    /** Only a path of this page may be a way back: never another site, never another page. */
    static boolean isSearchPath(@Nullable String path) {
        if (path == null || !(path.equals("/search") || path.startsWith("/search?"))) {
            return false;
        }
        try {
            URI uri = URI.create(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The search the service runs; the caller decides whether the text must be anonymised. */
    SearchRequest request(boolean anonymised) {
        Map<String, List<String>> byField = new LinkedHashMap<>(filters);
        return new SearchRequest(q, byField, issued.from(), issued.to(),
                byDate ? SearchRequest.Order.DATE : SearchRequest.Order.RELEVANCE, page, PAGE_SIZE, anonymised);
    }

    public boolean ticked(String field, String value) {
        return filters.getOrDefault(field, List.of()).contains(value);
    }

    /** The query string of this search without its page (paging links add their own). */
    public String query() {
        List<String> pairs = new ArrayList<>();
        if (q != null) {
            pairs.add("q=" + encode(q));
        }
        filters.forEach((field, values) -> values.forEach(value -> pairs.add(field + "=" + encode(value))));
        pairs.addAll(issued.queryPairs());
        if (byDate) {
            pairs.add("sort=date");
        }
        if (anonymise) {
            pairs.add("anonymise=true");
        }
        if (pack != null) {
            pairs.add("pack=" + pack);
        }
        return String.join("&", pairs);
    }

    /** This search at another page. */
    public String pagePath(int number) {
        String query = query();
        return "/search?" + query + (query.isEmpty() ? "" : "&") + "page=" + number;
    }

    /** This search at its page, for the add-example forms to come back to. */
    public String path() {
        return page == 1 ? "/search" + (query().isEmpty() ? "" : "?" + query()) : pagePath(page);
    }

    /** The same search with another pack chosen. */
    SearchForm withPack(long packId) {
        return new SearchForm(q, byDate, anonymise, page, filters, issued, packId);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static int number(@Nullable String value, int otherwise) {
        try {
            return value == null ? otherwise : Math.max(1, Math.min(10_000, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Long longOrNull(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return ""; // a malformed escape reads as nothing rather than failing the page
        }
    }
}
