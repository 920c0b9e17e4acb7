package org.ehcpqa.ingest;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the headings listed in a table of contents from the headings that start sections. An entry is
 * a table-of-contents entry when it ends in a page number or dot leader, or when it stands in a block of
 * headings with no body between them, or on a page titled "Contents", and the same section's heading
 * comes again further on. That last condition keeps a real section whose body happens to be empty.
 */
@Singleton
public class TableOfContentsFilter {

    private static final Pattern TRAILING_PAGE = Pattern.compile(
            "^(.*?\\S)(?:\\s*[.\u2026\u00b7_]{2,}\\s*|\\s*\t\\s*|\\s+)(\\d{1,3})$");
    private static final Pattern CONTENTS_TITLE = Pattern.compile(
            "(?i)^(?:table\\s+of\\s+)?contents?(?:\\s+page)?:?$|^(?i:cynnwys(?:\\s*/\\s*contents)?)$");
    private static final Pattern PAGE_COLUMN = Pattern.compile("(?i)^(?:page|page\\s+no\\.?|section|heading)$");
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\d{1,3}$");

    private final SectionHeadingRecogniser recogniser;

    public TableOfContentsFilter(SectionHeadingRecogniser recogniser) {
        this.recogniser = recogniser;
    }

    /** True when the line is a heading followed by a page number or a dot leader: a contents entry. */
    public boolean isNumberedEntry(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || !Character.isDigit(stripped.charAt(stripped.length() - 1))) {
            return false;
        }
        Matcher m = TRAILING_PAGE.matcher(stripped);
        if (!m.matches()) {
            return false;
        }
        String heading = m.group(1).replaceAll("[.\u2026\u00b7_\\s]+$", "");
        return recogniser.recognise(heading).isPresent();
    }

    /** True for the title of a contents page. */
    public boolean isContentsTitle(String line) {
        return CONTENTS_TITLE.matcher(line.strip()).matches();
    }

    /**
     * The candidate headings that are contents entries.
     *
     * @param skip       lines already known not to be body (running headers, numbered entries)
     * @param candidates recognised headings by line index
     */
    Set<Integer> entries(List<TextLine> lines, boolean[] skip, NavigableMap<Integer, HeadingMatch> candidates) {
        boolean paged = !lines.isEmpty() && lines.get(lines.size() - 1).page() > 1;
        Set<Integer> contentsPages = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!skip[i] && isContentsTitle(lines.get(i).text())) {
                contentsPages.add(lines.get(i).page());
            }
        }
        Map<SectionCode, Integer> lastIndex = new java.util.EnumMap<>(SectionCode.class);
        candidates.forEach((index, heading) -> heading.codes().forEach(code -> lastIndex.put(code, index)));
        Set<Integer> entries = new HashSet<>();
        Integer previous = null;
        for (Map.Entry<Integer, HeadingMatch> candidate : candidates.entrySet()) {
            int index = candidate.getKey();
            boolean inBlock = previous != null && candidates.get(previous).remainder().isEmpty()
                    && !hasBody(lines, skip, previous + 1, index);
            // Without a page map the whole text is "page 1": the contents-page rule would then hit every heading.
            boolean onContentsPage = paged && contentsPages.contains(lines.get(index).page());
            // A heading straight followed by another for the same section is a heading and its
            // sub-heading, not two entries of a contents list.
            boolean sameSection = previous != null && candidates.get(previous).codes().equals(candidate.getValue().codes());
            if (inBlock && !sameSection && repeatedLater(lastIndex, candidates.get(previous), previous)) {
                entries.add(previous);
            }
            if ((inBlock || onContentsPage) && repeatedLater(lastIndex, candidate.getValue(), index)) {
                entries.add(index);
            }
            previous = index;
        }
        return entries;
    }

    private static boolean repeatedLater(Map<SectionCode, Integer> lastIndex, HeadingMatch heading, int index) {
        for (SectionCode code : heading.codes()) {
            if (lastIndex.get(code) > index) {
                return true;
            }
        }
        return false;
    }

    private boolean hasBody(List<TextLine> lines, boolean[] skip, int from, int to) {
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            if (!skip[i] && !text.isEmpty() && !LONE_NUMBER.matcher(text).matches()
                    && !PAGE_COLUMN.matcher(text).matches() && !isContentsTitle(text)) {
                return true;
            }
        }
        return false;
    }
}
