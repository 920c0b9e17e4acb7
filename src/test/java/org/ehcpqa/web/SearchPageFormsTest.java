package org.ehcpqa.web;

import org.ehcpqa.search.SearchRequest;
import org.ehcpqa.search.Snippet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page's form round trip, its way back after adding an example, and snippet runs. */
class SearchPageFormsTest {

    @Test
    void aSearchReadFromItsOwnPathIsTheSameSearch() {
        SearchForm form = SearchForm.of(Map.of("q", List.of("\"access to\" AND speech"), "section", List.of("F", "E"),
                "flag", List.of("vague_provision_wording"), "sort", List.of("date"), "page", List.of("3"),
                "anonymise", List.of("true"), "pack", List.of("12"), "team", List.of("not a facet")));
        SearchForm again = SearchForm.ofPath(form.path());
        assertThat(again).isEqualTo(form);
        assertThat(again.filters()).containsOnlyKeys("section", "flag");
        SearchRequest request = again.request(false);
        assertThat(request.order()).isEqualTo(SearchRequest.Order.DATE);
        assertThat(request.page()).isEqualTo(3);
        assertThat(request.filters().get("section")).containsExactly("F", "E");
        assertThat(form.pagePath(4)).startsWith("/search?q=%22access+to%22+AND+speech&").endsWith("&page=4");
    }

    @Test
    void onlyThisPageIsAWayBack() {
        assertThat(SearchForm.isSearchPath("/search?q=x")).isTrue();
        assertThat(SearchForm.isSearchPath("/search")).isTrue();
        for (String elsewhere : List.of("https://example.org/search?q=x", "//example.org/search", "/searching",
                "/admin/users", "/search/../admin")) {
            assertThat(SearchForm.isSearchPath(elsewhere)).as(elsewhere).isFalse();
        }
        assertThat(SearchForm.ofPath("https://example.org/search?q=x").q()).isNull();
    }

    @Test
    void badNumbersAndEscapesReadAsDefaults() {
        SearchForm form = SearchForm.ofPath("/search?q=%zz&page=-4&pack=abc");
        assertThat(form.q()).isNull();
        assertThat(form.page()).isEqualTo(1);
        assertThat(form.pack()).isNull();
    }

    @Test
    void snippetRunsCoverTheTextWithMatchesMarkedAndBadSpansClipped() {
        String text = "Speech <b>therapy</b> weekly & speech groups";
        List<SnippetRuns.Run> runs = SnippetRuns.of(text, List.of(new Snippet.Span(31, 37), new Snippet.Span(0, 6),
                new Snippet.Span(3, 5), new Snippet.Span(40, 90)));
        assertThat(String.join("", runs.stream().map(SnippetRuns.Run::text).toList())).isEqualTo(text);
        assertThat(runs.stream().filter(SnippetRuns.Run::marked).map(SnippetRuns.Run::text).toList())
                .containsExactly("Speech", "speech", "oups");
        assertThat(runs.get(1).text()).contains("<b>therapy</b>");
    }
}
