package org.ehcpqa.search;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One search: free text, keyword filters by field (values of one field are alternatives, fields
 * combine), an issue date range, order and page.
 *
 * @param page 1 for the first page
 */
public record SearchRequest(@Nullable String q, Map<String, List<String>> filters, @Nullable LocalDate from,
                            @Nullable LocalDate to, Order order, int page, int size, boolean anonymised) {

    public enum Order { RELEVANCE, DATE }

    public static final int MAX_SIZE = 100;
    /** Deep paging costs memory per request; nobody reads 10,000 sections in a browser. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        filters = Map.copyOf(filters);
        page = Math.max(1, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    public static SearchRequest text(String q) {
        return new SearchRequest(q, Map.of(), null, null, Order.RELEVANCE, 1, 10, false);
    }
}
