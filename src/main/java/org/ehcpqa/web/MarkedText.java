package org.ehcpqa.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A section's text cut into runs, some of them marked with the numbers of the flags whose evidence
 * they quote, so a template can wrap those runs in {@code <mark>} while escaping every character
 * (the text is never turned into markup here).
 */
public final class MarkedText {

    /** A run of text; {@code flags} is empty for unmarked text. */
    public record Run(String text, List<Integer> flags) {

        public boolean marked() {
            return !flags.isEmpty();
        }

        /** The id of the mark, for links from the flag list; the first flag names it. */
        public String anchor() {
            return "mark-" + flags.get(0);
        }
    }

    /** Where a flag's evidence lies in the text. */
    record Quote(int flag, int start, int end) {
    }

    private MarkedText() {
    }

    /**
     * Finds a quotation in the text: at its offsets when they still match, else its first
     * occurrence; null when the text no longer holds it.
     */
    static Quote locate(String text, int flag, int start, int end, String quoted) {
        if (start >= 0 && end > start && end <= text.length() && text.substring(start, end).equals(quoted)) {
            return new Quote(flag, start, end);
        }
        if (quoted == null || quoted.isBlank()) {
            return null;
        }
        int at = text.indexOf(quoted);
        return at < 0 ? null : new Quote(flag, at, at + quoted.length());
    }

    /** Overlapping quotations become one mark carrying every flag number. */
    static List<Run> runs(String text, List<Quote> quotes) {
        List<Quote> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        List<Run> runs = new ArrayList<>();
        int position = 0;
        int i = 0;
        while (i < sorted.size()) {
            Quote first = sorted.get(i);
            int start = Math.max(first.start(), position);
            int end = first.end();
            List<Integer> flags = new ArrayList<>();
            flags.add(first.flag());
            i++;
            while (i < sorted.size() && sorted.get(i).start() < end) {
                end = Math.max(end, sorted.get(i).end());
                if (!flags.contains(sorted.get(i).flag())) {
                    flags.add(sorted.get(i).flag());
                }
                i++;
            }
            if (end <= start) {
                continue;
            }
            if (start > position) {
                runs.add(new Run(text.substring(position, start), List.of()));
            }
            runs.add(new Run(text.substring(start, end), List.copyOf(flags)));
            position = end;
        }
        if (position < text.length()) {
            runs.add(new Run(text.substring(position), List.of()));
        }
        return runs;
    }
}
