package org.ehcpqa.synthetic;

import org.ehcpqa.plan.SectionCode;

/**
 * What a correct segmenter must find for one section.
 *
 * @param title the heading exactly as the generator wrote it
 * @param text  the body as written, without heading, page headers or footers; paragraphs separated
 *              by '\n'. Compare after collapsing white space.
 */
public record SectionTruth(SectionCode code, String title, String text) {
}
