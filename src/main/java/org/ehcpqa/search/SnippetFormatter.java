package org.ehcpqa.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import java.util.ArrayList;
import java.util.List;

/** Joins the best passages with " … " and records where the matches are, as a {@link Snippet}. */
final class SnippetFormatter extends PassageFormatter {

    private static final String GAP = " … ";

    @Override
    public Snippet format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Snippet.Span> spans = new ArrayList<>();
        for (Passage passage : passages) {
            if (!text.isEmpty()) {
                text.append(GAP);
            }
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], at);
                int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
                if (end <= start) {
                    continue;
                }
                int gapStart = text.length();
                text.append(content, at, start);
                // Neighbouring matches (the words of a phrase) become one mark.
                boolean adjacent = !spans.isEmpty() && spans.get(spans.size() - 1).end() == gapStart
                        && content.substring(at, start).isBlank();
                text.append(content, start, end);
                if (adjacent) {
                    Snippet.Span last = spans.remove(spans.size() - 1);
                    spans.add(new Snippet.Span(last.start(), text.length()));
                } else {
                    spans.add(new Snippet.Span(text.length() - (end - start), text.length()));
                }
                at = end;
            }
            text.append(content, at, passage.getEndOffset());
        }
        return Snippet.of(text.toString().replace('\n', ' '), spans);
    }
}
