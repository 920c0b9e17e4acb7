package org.ehcpqa.ingest;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the lines a word processor repeats on every page: running headers and footers, page numbers
 * ("Page 3 of 12", "3/12", a lone "3") and protective markings ("OFFICIAL-SENSITIVE"). They are taken
 * out wherever a page break falls, including the middle of a section. A line counts as running when it
 * stands in the first or last {@value #ZONE} lines of most pages, with digits ignored so "Page 3" and
 * "Page 4" are the same line. Formats without pages (DOCX) carry the header once at the top and the
 * footer once at the bottom: a line found in both places is taken out there.
 */
@Singleton
public class RunningHeaderFooterFilter {

    private static final int ZONE = 3;
    private static final int MAX_RUNNING_LENGTH = 140;

    private static final Pattern PAGE_OF = Pattern.compile("(?i)^(?:page|p\\.|tudalen)\\s*\\d{1,4}(?:\\s*(?:of|/|o)\\s*\\d{1,4})?$");
    private static final Pattern N_OF_M = Pattern.compile("(?i)^[\\-\u2013\u2014\\s]*\\d{1,4}\\s*(?:of|/)\\s*\\d{1,4}[\\-\u2013\u2014\\s]*$");
    private static final Pattern LONE_NUMBER = Pattern.compile("^[\\-\u2013\u2014(\\[\\s]*\\d{1,4}[\\-\u2013\u2014)\\]\\s]*$");
    private static final Pattern PAGE_ANYWHERE = Pattern.compile("(?i)\\bpage\\s+\\d{1,4}\\s+of\\s+\\d{1,4}\\b");
    /** Capitals only: "an official letter" in a sentence is not a marking. */
    private static final Pattern MARKING = Pattern.compile("(?:^|[\\s|\u2013\u2014\\-:(\\[])(?:OFFICIAL(?:[\\s\\-\u2013]*SENSITIVE)?|CONFIDENTIAL|RESTRICTED)(?:$|[\\s|\u2013\u2014\\-:)\\]])");

    /** For each line, true when it is a running header, footer or page number. */
    boolean[] runningLines(List<TextLine> lines, int pageCount) {
        boolean[] running = new boolean[lines.size()];
        List<List<Integer>> zones = zonesByPage(lines, pageCount);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            running[i] = !text.isEmpty() && text.length() <= MAX_RUNNING_LENGTH
                    && (isPageNumber(text) || isMarking(text));
        }
        for (List<Integer> zone : zones) {
            for (int i : zone) {
                String text = lines.get(i).text();
                if (N_OF_M.matcher(text).matches() || LONE_NUMBER.matcher(text).matches()
                        || (text.length() <= MAX_RUNNING_LENGTH && mentionsPageOf(text))) {
                    running[i] = true;
                }
            }
        }
        if (pageCount >= 3) {
            markRepeated(lines, zones, pageCount, running);
        } else if (!zones.isEmpty()) {
            markTopAlsoAtBottom(lines, running);
        }
        return running;
    }

    // The cheap character checks keep the regular expressions off the great majority of body lines.
    private static boolean isPageNumber(String text) {
        char first = Character.toLowerCase(text.charAt(0));
        return (first == 'p' || first == 't') && PAGE_OF.matcher(text).matches();
    }

    private static boolean isMarking(String text) {
        return (text.contains("OFFICIAL") || text.contains("CONFIDENTIAL") || text.contains("RESTRICTED"))
                && MARKING.matcher(text).find();
    }

    private static boolean mentionsPageOf(String text) {
        return (text.contains("age ") || text.contains("AGE ")) && PAGE_ANYWHERE.matcher(text).find();
    }

    private static void markRepeated(List<TextLine> lines, List<List<Integer>> zones, int pageCount, boolean[] running) {
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        Map<Integer, String> keys = new HashMap<>();
        for (List<Integer> zone : zones) {
            for (int i : zone) {
                TextLine line = lines.get(i);
                String key = keys.computeIfAbsent(i, k -> key(line.text()));
                if (line.text().length() <= MAX_RUNNING_LENGTH) {
                    pagesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(line.page());
                }
            }
        }
        int threshold = Math.max(3, (int) Math.ceil(pageCount * 0.6));
        for (List<Integer> zone : zones) {
            for (int i : zone) {
                Set<Integer> pages = pagesByKey.get(keys.get(i));
                if (pages != null && pages.size() >= threshold) {
                    running[i] = true;
                }
            }
        }
    }

    private static void markTopAlsoAtBottom(List<TextLine> lines, boolean[] running) {
        List<Integer> top = edge(lines, true);
        List<Integer> bottom = edge(lines, false);
        Set<String> topKeys = new HashSet<>();
        top.forEach(i -> topKeys.add(key(lines.get(i).text())));
        for (int i : bottom) {
            if (topKeys.contains(key(lines.get(i).text())) && lines.get(i).text().length() <= MAX_RUNNING_LENGTH) {
                running[i] = true;
                for (int t : top) {
                    if (key(lines.get(t).text()).equals(key(lines.get(i).text()))) {
                        running[t] = true;
                    }
                }
            }
        }
    }

    private static List<Integer> edge(List<TextLine> lines, boolean fromTop) {
        List<Integer> found = new ArrayList<>(ZONE);
        for (int k = 0; k < lines.size() && found.size() < ZONE; k++) {
            int i = fromTop ? k : lines.size() - 1 - k;
            if (!lines.get(i).isBlank()) {
                found.add(i);
            }
        }
        return found;
    }

    /** The first and last non-blank lines of each page, by index into {@code lines}. */
    private static List<List<Integer>> zonesByPage(List<TextLine> lines, int pageCount) {
        List<List<Integer>> nonBlankByPage = new ArrayList<>(pageCount);
        for (int p = 0; p < pageCount; p++) {
            nonBlankByPage.add(new ArrayList<>());
        }
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!line.isBlank() && line.page() <= pageCount) {
                nonBlankByPage.get(line.page() - 1).add(i);
            }
        }
        List<List<Integer>> zones = new ArrayList<>(pageCount);
        for (List<Integer> page : nonBlankByPage) {
            Set<Integer> zone = new java.util.LinkedHashSet<>();
            zone.addAll(page.subList(0, Math.min(ZONE, page.size())));
            zone.addAll(page.subList(Math.max(0, page.size() - ZONE), page.size()));
            zones.add(new ArrayList<>(zone));
        }
        return zones;
    }

    /**
     * The line lower-cased, each run of ASCII digits made '#' and each run of white space ({@code \\s})
     * made one space: one pass instead of two regular-expression replacements.
     */
    static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        int length = lower.length();
        for (int i = 0; i < length; i++) {
            char c = lower.charAt(i);
            if (c >= '0' && c <= '9') {
                while (i + 1 < length && lower.charAt(i + 1) >= '0' && lower.charAt(i + 1) <= '9') {
                    i++;
                }
                out.append('#');
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                while (i + 1 < length && isSpace(lower.charAt(i + 1))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
