package org.ehcpqa.ingest;

import org.ehcpqa.plan.SectionCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tidies the lines recognised as headings before sections are cut: drops those that only look like
 * headings, joins a heading split over two lines, and drops umbrella headings and names used as
 * sub-headings. Works on the segmenter's per-document maps; holds no state.
 */
final class HeadingCandidates {

    private static final int MIN_WRAPPED_HEADING = 40;
    private static final Pattern WORDS_ONLY = Pattern.compile("[\\p{L} ,'\u2019-]+");
    /** Bodies that say a section is empty are short and in capitals too: "N/A", "NONE". */
    private static final Pattern EMPTY_BODY = Pattern.compile("(?i)(?:none|nil|n/?a|not applicable|none identified)");
    private static final int MAX_WRAP_WORDS = 8;
    private static final Pattern JOINING_END = Pattern.compile(
            "(?i)\\b(?:and|or|of|the|to|under|for|which|with|in|by|related|relating)$");
    private static final Pattern CONTINUED = Pattern.compile("(?i)\\b(?:continued|cont['\u2019]?d|cont\\.)(?:\\W|$)");
    private static final Pattern LETTER_ONLY = Pattern.compile(
            "^(?:\\d{1,2} )?(?:(?:sections?|part|adran) )?(?:[a-k]|h ?[12])(?: (?:and )?h ?[12])?$");

    private HeadingCandidates() {
    }

    /** Every tidying step that runs before contents entries are looked for, in order. */
    static void tidy(List<TextLine> lines, boolean[] skip, NavigableMap<Integer, HeadingMatch> candidates) {
        dropFalseHeadings(lines, skip, candidates);
        joinHeadingsSplitOverTwoLines(lines, skip, candidates);
        dropUmbrellaHeadings(lines, skip, candidates);
        dropNamesOfLetteredSections(candidates);
    }

    /**
     * A heading repeated at the top of a page with "(continued)" is a running header, not a new section.
     * A capital letter alone on a line followed by a lower-case word is a wrapped sentence ("I / think").
     */
    private static void dropFalseHeadings(List<TextLine> lines, boolean[] skip,
                                          NavigableMap<Integer, HeadingMatch> candidates) {
        for (Integer index : new ArrayList<>(candidates.keySet())) {
            HeadingMatch heading = candidates.get(index);
            if (CONTINUED.matcher(heading.title()).find()) {
                candidates.remove(index);
                skip[index] = true;
            } else if (heading.remainder().isEmpty() && heading.title().length() <= 2
                    && startsLowerCase(nextText(lines, skip, index + 1))) {
                candidates.remove(index);
            }
        }
    }

    private static String nextText(List<TextLine> lines, boolean[] skip, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!skip[i] && !lines.get(i).isBlank()) {
                return lines.get(i).text();
            }
        }
        return "";
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }

    /**
     * "Section A" on one line and "Views, interests and aspirations" on the next (a table cell, or a
     * heading the PDF wrapped) is one heading.
     */
    private static void joinHeadingsSplitOverTwoLines(List<TextLine> lines, boolean[] skip,
                                                      NavigableMap<Integer, HeadingMatch> candidates) {
        for (Integer index : new ArrayList<>(candidates.keySet())) {
            HeadingMatch first = candidates.get(index);
            if (first == null || !first.explicit() || !first.remainder().isEmpty()
                    || !LETTER_ONLY.matcher(SectionNames.normalise(first.title())).matches()) {
                continue;
            }
            Map.Entry<Integer, HeadingMatch> next = candidates.higherEntry(index);
            if (next != null && !next.getValue().explicit() && next.getValue().codes().equals(first.codes())
                    && nothingBetween(lines, skip, index + 1, next.getKey())) {
                HeadingMatch name = next.getValue();
                candidates.put(index, new HeadingMatch(first.codes(), first.title() + " " + name.title(),
                        name.remainder(), true));
                candidates.remove(next.getKey());
                skip[next.getKey()] = true;
            }
        }
    }

    /**
     * A long heading that a PDF wrapped: "Section D: Social care needs related to the SEN or" and
     * "disability" on the next line. The next line joins the heading when it is short, unpunctuated
     * and either starts in lower case, follows a heading that stops on a joining word, or continues an
     * upper-case heading in upper case.
     */
    static void joinWrappedHeadings(List<TextLine> lines, boolean[] skip,
                                            NavigableMap<Integer, HeadingMatch> accepted) {
        for (Map.Entry<Integer, HeadingMatch> entry : new ArrayList<>(accepted.entrySet())) {
            HeadingMatch heading = entry.getValue();
            if (!heading.remainder().isEmpty() || heading.title().length() < MIN_WRAPPED_HEADING) {
                continue;
            }
            int next = nextIndex(lines, skip, entry.getKey() + 1);
            if (next < 0 || accepted.containsKey(next)) {
                continue;
            }
            String text = lines.get(next).text();
            boolean shortFragment = text.split("\\s+").length <= MAX_WRAP_WORDS && !text.endsWith(".")
                    && !text.endsWith(":");
            boolean continues = startsLowerCase(text) || JOINING_END.matcher(heading.title()).find()
                    || (isUpperCase(heading.title()) && isUpperCase(text) && WORDS_ONLY.matcher(text).matches()
                    && !EMPTY_BODY.matcher(text).matches());
            if (shortFragment && continues) {
                accepted.put(entry.getKey(), new HeadingMatch(heading.codes(), heading.title() + " " + text, "",
                        heading.explicit(), false));
                skip[next] = true;
            }
        }
    }

    private static int nextIndex(List<TextLine> lines, boolean[] skip, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!skip[i] && !lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUpperCase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /**
     * "Social care provision" heading both parts, straight followed by "H1: ..." and "H2: ...", is an
     * umbrella over the two sections and not a section of its own.
     */
    private static void dropUmbrellaHeadings(List<TextLine> lines, boolean[] skip,
                                             NavigableMap<Integer, HeadingMatch> candidates) {
        for (Integer index : new ArrayList<>(candidates.keySet())) {
            HeadingMatch heading = candidates.get(index);
            Map.Entry<Integer, HeadingMatch> next = candidates.higherEntry(index);
            if (heading.combined() && heading.remainder().isEmpty() && next != null && !next.getValue().combined()
                    && heading.codes().contains(next.getValue().first())
                    && nothingBetween(lines, skip, index + 1, next.getKey())) {
                candidates.remove(index);
                skip[index] = true;
            }
        }
    }

    private static boolean nothingBetween(List<TextLine> lines, boolean[] skip, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!skip[i] && !lines.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A plan that heads a section by its letter uses the section's name, on its own, only as a
     * sub-heading ("About me" under "Section A"). Done before contents are looked for, so such a pair
     * is not taken for a contents list.
     */
    private static void dropNamesOfLetteredSections(NavigableMap<Integer, HeadingMatch> candidates) {
        Set<SectionCode> byLetter = EnumSet.noneOf(SectionCode.class);
        candidates.values().stream().filter(HeadingMatch::explicit).forEach(h -> byLetter.addAll(h.codes()));
        candidates.values().removeIf(h -> !h.explicit() && h.codes().stream().anyMatch(byLetter::contains));
    }

}
