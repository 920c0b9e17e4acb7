package org.ehcpqa.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of extracted text with where it stands.
 *
 * @param text  the line without its line terminator and without surrounding white space
 * @param start character offset of the line's first character in the extracted text
 * @param page  1-based page the line is on
 */
record TextLine(String text, int start, int page) {

    boolean isBlank() {
        return text.isEmpty();
    }

    /**
     * Cuts text into lines in one pass. Form feeds count as line breaks because some extractors put
     * them between pages; the page of each line comes from the page map, walked alongside.
     */
    static List<TextLine> split(ExtractedText extracted) {
        String text = extracted.text();
        List<Integer> pageStarts = extracted.pageStarts();
        List<TextLine> lines = new ArrayList<>(Math.max(16, text.length() / 60));
        int page = 1;
        int lineStart = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\f') {
                while (page < pageStarts.size() && pageStarts.get(page) <= lineStart) {
                    page++;
                }
                lines.add(new TextLine(text.substring(lineStart, i).strip(), lineStart, page));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        return lines;
    }
}
