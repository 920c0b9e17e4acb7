package org.ehcpqa.web;

import org.ehcpqa.search.SearchRequest;
import org.ehcpqa.search.Snippet;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page's form round trip, its way back after adding an example, and snippet runs. */
class SearchPageFormsTest {

    @Test
    void aSearchReadFromItsOwnPathIsTheSameSearch() {
        Map<String, List<String>> parameters = new HashMap<>(Map.of("q", List.of("\"access to\" AND speech"),
                "section", List.of("F", "E"), "flag", List.of("vague_provision_wording"), "sort", List.of("date"),
                "page", List.of("3"), "anonymise", List.of("true"), "pack", List.of("12"),
                "team", List.of("not a facet")));
        parameters.putAll(Map.of("from-day", List.of("1"), "from-month", List.of("4"), "from-year", List.of("2025"),
                "to-day", List.of(" 31 "), "to-month", List.of("3"), "to-year", List.of("2026")));
        SearchForm form = SearchForm.of(parameters);
        SearchForm again = SearchForm.ofPath(form.path());
        assertThat(again).isEqualTo(form);
        assertThat(again.filters()).containsOnlyKeys("section", "flag");
        SearchRequest request = again.request(false);
        assertThat(request.order()).isEqualTo(SearchRequest.Order.DATE);
        assertThat(request.page()).isEqualTo(3);
        assertThat(request.filters().get("section")).containsExactly("F", "E");
        assertThat(request.from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(request.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(form.pagePath(4)).contains("&from-day=1&from-month=4&from-year=2025&to-day=31&to-month=3"
                + "&to-year=2026&");
        assertThat(form.pagePath(4)).startsWith("/search?q=%22access+to%22+AND+speech&").endsWith("&page=4");
    }

    @Test
    void issueDatesMayBeLeftOutButNotHalfTypedOrBackwards() {
        IssueDates none = IssueDates.read(Map.of("from-day", List.of(" "), "to-year", List.of("")));
        assertThat(none.valid()).isTrue();
        assertThat(none.from()).isNull();
        assertThat(none.to()).isNull();
        assertThat(none.queryPairs()).isEmpty();

        IssueDates onlyTo = IssueDates.read(Map.of("to-day", List.of("29"), "to-month", List.of("2"),
                "to-year", List.of("2024")));
        assertThat(onlyTo.valid()).isTrue();
        assertThat(onlyTo.from()).isNull();
        assertThat(onlyTo.to()).isEqualTo(LocalDate.of(2024, 2, 29));

        IssueDates notADate = IssueDates.read(Map.of("from-day", List.of("30"), "from-month", List.of("2"),
                "from-year", List.of("2025"), "to-month", List.of("March")));
        assertThat(notADate.errors()).containsExactly(
                new FieldError("from-day", "The first issue date must be a real date, like 27 3 2026"),
                new FieldError("to-day", "The last issue date must be a real date, like 27 3 2026"));
        // Typed values come back as typed, so the refused fields can be put right.
        assertThat(notADate.queryPairs()).containsExactly("from-day=30", "from-month=2", "from-year=2025",
                "to-month=March");
        assertThat(notADate.entered()).containsEntry("to-month", "March").containsEntry("to-day", "");

        IssueDates backwards = IssueDates.read(Map.of("from-day", List.of("2"), "from-month", List.of("3"),
                "from-year", List.of("2025"), "to-day", List.of("1"), "to-month", List.of("3"),
                "to-year", List.of("2025")));
        assertThat(backwards.errors()).containsExactly(
                new FieldError("to-day", "The last issue date must be the same as or after the first"));
        IssueDates oneDay = IssueDates.read(Map.of("from-day", List.of("1"), "from-month", List.of("3"),
                "from-year", List.of("2025"), "to-day", List.of("1"), "to-month", List.of("3"),
                "to-year", List.of("2025")));
        assertThat(oneDay.valid()).isTrue();
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
