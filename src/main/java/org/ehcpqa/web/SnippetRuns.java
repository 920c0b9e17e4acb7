package org.ehcpqa.web;

import org.ehcpqa.search.Snippet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A search snippet cut into runs of plain text, the matched ones flagged, so the template escapes
 * every character with th:text and adds {@code <mark>} itself: the snippet is plan text and is
 * never handed to the page as markup.
 */
public final class SnippetRuns {

    /** A stretch of the snippet; {@code marked} when it matched the search. */
    public record Run(String text, boolean marked) {
    }

    private SnippetRuns() {
    }

    /** Spans out of order, overlapping or outside the text are clipped rather than trusted. */
    static List<Run> of(String text, List<Snippet.Span> highlights) {
        List<Snippet.Span> spans = new ArrayList<>(highlights);
        spans.sort(Comparator.comparingInt(Snippet.Span::start));
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (Snippet.Span span : spans) {
            int start = Math.max(at, Math.min(span.start(), text.length()));
            int end = Math.min(span.end(), text.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                runs.add(new Run(text.substring(at, start), false));
            }
            runs.add(new Run(text.substring(start, end), true));
            at = end;
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }
}
