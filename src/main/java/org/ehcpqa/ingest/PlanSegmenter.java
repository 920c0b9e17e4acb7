package org.ehcpqa.ingest;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.SectionCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Cuts a plan's extracted text into its statutory sections A to K and reads its front page.
 *
 * <p>Every line is looked at once: running headers, footers and page numbers are set aside, contents
 * entries are told from real headings, and each section runs from its heading to the next. A heading
 * that names its letter always starts a section, even a duplicate; a heading known only by its name
 * ("Placement") starts one only when the plan does not also head that section by letter and it has not
 * been seen, so a sub-heading inside another section does not cut it. When H1 and H2 share one heading
 * the same text is returned under both codes, with the same title and page, and a warning says so.
 * The signature block after the last section is not part of it.
 *
 * <p>Stateless and thread-safe. Nothing here logs: plan text is special-category data.
 */
@Singleton
public class PlanSegmenter {

    private static final Pattern SIGNATURE = Pattern.compile(
            "(?i)^(?:signed|signature|signatory|authorised\\s+by|authorised\\s+signatory|name\\s+of\\s+(?:officer|signatory)"
                    + "|on\\s+behalf\\s+of\\s+\\S+(?:\\s+\\S+){0,4}\\s+council)\\b.*");
    private static final int SIGNATURE_WINDOW = 10;
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

    private final RunningHeaderFooterFilter runningLines;
    private final SectionHeadingRecogniser headings;
    private final TableOfContentsFilter contents;
    private final MetadataExtractor metadata;
    private final SegmentationWarnings warnings;
    private final PlanShapeAssessor shapes;

    public PlanSegmenter(RunningHeaderFooterFilter runningLines, SectionHeadingRecogniser headings,
                         TableOfContentsFilter contents, MetadataExtractor metadata, SegmentationWarnings warnings,
                         PlanShapeAssessor shapes) {
        this.runningLines = runningLines;
        this.headings = headings;
        this.contents = contents;
        this.metadata = metadata;
        this.warnings = warnings;
        this.shapes = shapes;
    }

    /** Whether the segmented text is one EHCP, not an EHCP, or several plans: see {@link PlanShapeAssessor}. */
    public PlanShape assess(ExtractedText text, SegmentedPlan plan) {
        return shapes.assess(text, plan, this::segment);
    }

    public SegmentedPlan segment(ExtractedText extracted) {
        List<TextLine> lines = TextLine.split(extracted);
        boolean[] skip = runningLines.runningLines(lines, extracted.pageCount());
        NavigableMap<Integer, HeadingMatch> candidates = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (skip[i] || text.isEmpty()) {
                continue;
            }
            if (contents.isNumberedEntry(text)) {
                skip[i] = true;
                continue;
            }
            int index = i;
            headings.recognise(text).ifPresent(h -> candidates.put(index, h));
        }
        dropFalseHeadings(lines, skip, candidates);
        joinHeadingsSplitOverTwoLines(lines, skip, candidates);
        dropUmbrellaHeadings(lines, skip, candidates);
        dropNamesOfLetteredSections(candidates);
        for (int entry : contents.entries(lines, skip, candidates)) {
            candidates.remove(entry);
            skip[entry] = true;
        }
        NavigableMap<Integer, HeadingMatch> accepted = accept(candidates);
        joinWrappedHeadings(lines, skip, accepted);

        List<SegmentedSection> sections = new ArrayList<>();
        Map.Entry<Integer, HeadingMatch> current = accepted.firstEntry();
        while (current != null) {
            Map.Entry<Integer, HeadingMatch> next = accepted.higherEntry(current.getKey());
            int end = next == null ? lines.size() : next.getKey();
            HeadingMatch heading = current.getValue();
            String body = body(lines, skip, current.getKey() + 1, end, heading.remainder(), next == null);
            boolean emptyUmbrella = heading.combined() && body.isEmpty() && next != null
                    && next.getValue().codes().stream().anyMatch(heading.codes()::contains);
            if (!emptyUmbrella) {
                int page = extracted.pageAt(lines.get(current.getKey()).start());
                for (SectionCode code : heading.codes()) {
                    sections.add(new SegmentedSection(code, heading.title(), body, page));
                }
            }
            current = next;
        }
        int firstHeading = accepted.isEmpty() ? lines.size() : accepted.firstKey();
        PlanMetadata planMetadata = metadata.extract(frontLines(lines, skip, firstHeading), placement(sections));
        boolean combined = accepted.values().stream().anyMatch(HeadingMatch::combined);
        return new SegmentedPlan(planMetadata, sections, warnings.warnings(sections, combined));
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
    private static void joinWrappedHeadings(List<TextLine> lines, boolean[] skip,
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

    /** Headings by letter always count; headings by name only when the letter is not used for that section. */
    private static NavigableMap<Integer, HeadingMatch> accept(NavigableMap<Integer, HeadingMatch> candidates) {
        Set<SectionCode> byLetter = EnumSet.noneOf(SectionCode.class);
        candidates.values().stream().filter(HeadingMatch::explicit).forEach(h -> byLetter.addAll(h.codes()));
        Set<SectionCode> seen = EnumSet.noneOf(SectionCode.class);
        NavigableMap<Integer, HeadingMatch> accepted = new TreeMap<>();
        SectionCode[] last = {null};
        candidates.forEach((index, heading) -> {
            boolean weakRepeat = !heading.explicit()
                    && heading.codes().stream().anyMatch(code -> byLetter.contains(code) || seen.contains(code));
            // A letter inline with content counts only as the very next section in statutory order.
            boolean outOfTurn = heading.inline() && heading.first() != successor(last[0]);
            if (!weakRepeat && !outOfTurn) {
                accepted.put(index, heading);
                seen.addAll(heading.codes());
                last[0] = heading.codes().get(heading.codes().size() - 1);
            }
        });
        return accepted;
    }

    private static SectionCode successor(SectionCode code) {
        SectionCode[] codes = SectionCode.values();
        return code == null ? codes[0] : codes[Math.min(codes.length - 1, code.ordinal() + 1)];
    }

    private static String body(List<TextLine> lines, boolean[] skip, int from, int to, String remainder, boolean last) {
        int end = last ? signatureStart(lines, skip, from, to) : to;
        StringBuilder body = new StringBuilder(remainder.strip());
        for (int i = from; i < end; i++) {
            String text = lines.get(i).text();
            if (!skip[i] && !text.isEmpty()) {
                if (!body.isEmpty()) {
                    body.append('\n');
                }
                body.append(text);
            }
        }
        return body.toString();
    }

    /** Where the officer's signature block starts among the last lines of the plan, or {@code to}. */
    private static int signatureStart(List<TextLine> lines, boolean[] skip, int from, int to) {
        int seen = 0;
        int start = to;
        for (int i = to - 1; i >= from && seen < SIGNATURE_WINDOW; i--) {
            if (skip[i] || lines.get(i).isBlank()) {
                continue;
            }
            seen++;
            if (SIGNATURE.matcher(lines.get(i).text()).matches()) {
                start = i;
            }
        }
        return start;
    }

    private static List<String> frontLines(List<TextLine> lines, boolean[] skip, int end) {
        List<String> front = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if (!skip[i] && !lines.get(i).isBlank()) {
                front.add(lines.get(i).text());
            }
        }
        return front;
    }

    private static String placement(List<SegmentedSection> sections) {
        return sections.stream().filter(s -> s.code() == SectionCode.I).map(SegmentedSection::text)
                .findFirst().orElse(null);
    }
}
