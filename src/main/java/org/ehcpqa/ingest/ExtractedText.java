package org.ehcpqa.ingest;

import java.util.List;

/**
 * Plain text of a document with its page map.
 *
 * @param text       the whole text, pages joined in order; paragraphs end with '\n'
 * @param pageStarts character offset in {@code text} where each page starts; the first is 0.
 *                   Formats without pages (DOCX, TXT, ...) have a single entry.
 * @param mediaType  the detected media type, e.g. application/pdf
 */
public record ExtractedText(String text, List<Integer> pageStarts, String mediaType) {

    public ExtractedText {
        pageStarts = List.copyOf(pageStarts);
    }

    public int pageCount() {
        return pageStarts.size();
    }

    /** The 1-based page that holds the character at {@code offset}. */
    public int pageAt(int offset) {
        int page = 1;
        for (int i = 1; i < pageStarts.size() && pageStarts.get(i) <= offset; i++) {
            page = i + 1;
        }
        return page;
    }
}
