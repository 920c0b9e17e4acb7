package org.ehcpqa.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunningHeaderFooterFilterTest {

    private final RunningHeaderFooterFilter filter = new RunningHeaderFooterFilter();

    @Test
    void removesHeadersFootersAndPageNumbersThatRepeatOnPages() {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"};
        for (int page = 1; page <= 5; page++) {
            starts.add(text.length());
            text.append("EHCP \u2013 Lily Example \u2013 OFFICIAL-SENSITIVE\n");
            for (String word : words) {
                text.append("Body about ").append(word).append(" on a page of its own kind ").append("x".repeat(page)).append('\n');
            }
            text.append(page).append('/').append(5).append('\n');
        }
        List<TextLine> lines = TextLine.split(new ExtractedText(text.toString(), starts, "application/pdf"));

        boolean[] running = filter.runningLines(lines, 5);

        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!running[i] && !lines.get(i).isBlank()) {
                kept.add(lines.get(i).text());
            }
        }
        assertThat(kept).hasSize(40).allMatch(line -> line.startsWith("Body"));
    }

    @Test
    void removesPageOfLinesAnywhereButKeepsNumbersInsideABody() {
        String text = "Front\nPage 2 of 9\nSession count\n3\nmore text\nlast line\nend\n";
        List<TextLine> lines = TextLine.split(new ExtractedText(text, List.of(0), "text/plain"));

        boolean[] running = filter.runningLines(lines, 1);

        assertThat(running[1]).isTrue();
        assertThat(running[3]).as("a lone number in the middle of a page body").isFalse();
    }

    @Test
    void removesADocxFooterThatRepeatsTheHeaderOnce() {
        String text = "Council ref 123 \u2013 Plan\nName: Example\nSection A\nBody\nSection K\nAdvice list\nCouncil ref 123 \u2013 Plan\n";
        List<TextLine> lines = TextLine.split(new ExtractedText(text, List.of(0), "text/plain"));

        boolean[] running = filter.runningLines(lines, 1);

        assertThat(running[0]).isTrue();
        assertThat(running[6]).isTrue();
        assertThat(running[5]).isFalse();
    }
}
