package org.ehcpqa.ingest;

import org.ehcpqa.plan.SectionCode;

/**
 * One statutory section as found in the text.
 *
 * @param title     the heading as written in the plan ("Section F: Special educational provision")
 * @param text      the section's body without its heading and without running headers and footers
 * @param startPage 1-based page on which the heading stands
 */
public record SegmentedSection(SectionCode code, String title, String text, int startPage) {
}
