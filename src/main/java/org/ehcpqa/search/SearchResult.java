package org.ehcpqa.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** A page of matching sections with counts per facet value over all matches. */
@Serdeable
public record SearchResult(long total, int page, int size, boolean anonymised, List<Hit> hits,
                           Map<String, Map<String, Long>> facets) {

    /**
     * One matching section. {@code snippet} is plain text; {@code highlights} mark the matches in
     * it; {@code snippetHtml} is escaped HTML with {@code <mark>}.
     */
    @Serdeable
    public record Hit(long planId, long versionId, String section, String title, String snippet,
                      List<Snippet.Span> highlights, String snippetHtml, float score,
                      @Nullable String issueDate, @Nullable String need, @Nullable String phase,
                      @Nullable String setting, @Nullable String status, @Nullable String team,
                      @Nullable String rating, List<String> flags) {
    }
}
