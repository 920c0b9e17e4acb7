package org.ehcpqa.synthetic;

import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.SectionCode;

/**
 * What a correct segmenter must find for one section.
 *
 * <p>H1 and H2 under one heading: some councils write "Section H1 and H2: Social care provision".
 * Truth then holds ONE entry, code {@link SectionCode#H1}, whose title is that combined heading and
 * whose text holds both parts in document order (each introduced by a plain sub-heading line,
 * "Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970" and "Other
 * social care provision"); there is no H2 entry. A segmenter can only see one heading there, so
 * it should return one section, coded H1, and may note that it also covers H2.
 *
 * <p>Table layout (the section letter in the first column, the content in the second): the title
 * is the first column's text (the bare letter, "A", "H1"), and the text is the content column only.
 *
 * @param title the heading exactly as the generator wrote it
 * @param text  the body as written, without heading, page headers or footers; paragraphs, list
 *              items and sub-headings separated by '\n', without bullet characters. Compare after
 *              collapsing white space.
 */
@Serdeable
public record SectionTruth(SectionCode code, String title, String text) {
}
