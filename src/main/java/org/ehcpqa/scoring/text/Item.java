package org.ehcpqa.scoring.text;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.scoring.Evidence;

/**
 * One judged unit of a section: a bullet, a numbered paragraph, a table row or a paragraph.
 *
 * @param number  1-based position among the section's items, as an auditor would count them
 * @param start   offset of the item's text (after any bullet or number) in the section text
 * @param end     exclusive end offset
 * @param text    {@code sectionText.substring(start, end)}
 * @param heading the nearest sub-heading above the item ("Communication and interaction"), if any
 * @param leadIn  the sentence that introduces a list ("The class teacher will:"), or the parent
 *                numbered paragraph of a lettered sub-item; it often holds the role or the timescale
 */
@Serdeable
public record Item(int number, ItemKind kind, int start, int end, String text,
                   @Nullable String heading, @Nullable String leadIn) {

    public Evidence evidence() {
        return new Evidence(start, end, text);
    }

    /** The item with the words that govern it, for presence tests such as "is a role named?". */
    public String textWithContext() {
        return leadIn == null ? text : leadIn + "\n" + text;
    }

    /** A short quotation for explanations: long items are cut at a word boundary. */
    public String quote() {
        return Quotes.shorten(text, 90);
    }
}
