package org.ehcpqa.ingest;

import org.ehcpqa.plan.SectionCode;

import java.util.List;

/**
 * A line recognised as a section heading.
 *
 * @param codes     one code, or H1 and H2 when both share one heading
 * @param title     the heading as written
 * @param remainder text that shares the heading's line but belongs to the body (a table cell)
 * @param explicit  true when the heading names the section by its letter; false when only its
 *                  name says which section it is, which is weaker evidence
 * @param inline    a letter followed on the same line by the content ("B Julia's primary need..."), as a
 *                  two-column table comes out of a PDF: the weakest evidence of all
 */
record HeadingMatch(List<SectionCode> codes, String title, String remainder, boolean explicit, boolean inline) {

    HeadingMatch {
        codes = List.copyOf(codes);
    }

    HeadingMatch(List<SectionCode> codes, String title, String remainder, boolean explicit) {
        this(codes, title, remainder, explicit, false);
    }

    boolean combined() {
        return codes.size() > 1;
    }

    SectionCode first() {
        return codes.get(0);
    }
}
