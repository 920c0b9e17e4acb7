package org.ehcpqa.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class TableOfContentsFilterTest {

    private final SectionHeadingRecogniser recogniser = new SectionHeadingRecogniser();
    private final TableOfContentsFilter filter = new TableOfContentsFilter(recogniser);

    @Test
    void numberedEntriesAreContents() {
        assertThat(filter.isNumberedEntry("Section A: Views, interests and aspirations ........ 3")).isTrue();
        assertThat(filter.isNumberedEntry("Section F: Special educational provision\t7")).isTrue();
        assertThat(filter.isNumberedEntry("Section H1 and H2: Social care provision 9")).isTrue();
        assertThat(filter.isNumberedEntry("Section H2")).isFalse();
        assertThat(filter.isNumberedEntry("He attends 3")).isFalse();
    }

    @Test
    void aBlockOfHeadingsWithNoBodyIsContentsWhenTheHeadingsComeAgain() {
        String text = String.join("\n", "Contents", "Section A", "Section B", "Section C",
                "Section A", "Body of A", "Section B", "Body of B", "Section C", "Body of C") + "\n";
        List<TextLine> lines = TextLine.split(new ExtractedText(text, List.of(0), "text/plain"));
        NavigableMap<Integer, HeadingMatch> candidates = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            recogniser.recognise(lines.get(i).text()).ifPresent(h -> candidates.put(index, h));
        }

        assertThat(filter.entries(lines, new boolean[lines.size()], candidates)).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void emptySectionsThatDoNotComeAgainAreKept() {
        String text = String.join("\n", "Section H1", "Section H2", "Section I", "Oak School") + "\n";
        List<TextLine> lines = TextLine.split(new ExtractedText(text, List.of(0), "text/plain"));
        NavigableMap<Integer, HeadingMatch> candidates = new TreeMap<>();
        for (int i = 0; i < 3; i++) {
            candidates.put(i, recogniser.recognise(lines.get(i).text()).orElseThrow());
        }

        assertThat(filter.entries(lines, new boolean[lines.size()], candidates)).isEmpty();
    }
}
