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
        HeadingCandidates.tidy(lines, skip, candidates);
        for (int entry : contents.entries(lines, skip, candidates)) {
            candidates.remove(entry);
            skip[entry] = true;
        }
        NavigableMap<Integer, HeadingMatch> accepted = accept(candidates);
        HeadingCandidates.joinWrappedHeadings(lines, skip, accepted);

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
