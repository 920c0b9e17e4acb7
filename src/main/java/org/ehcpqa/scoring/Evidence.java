package org.ehcpqa.scoring;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A quoted stretch of a section's text.
 *
 * @param start inclusive offset into the section text
 * @param end   exclusive offset
 * @param text  the quoted text, equal to {@code sectionText.substring(start, end)}
 */
@Serdeable
public record Evidence(int start, int end, String text) {

    public static Evidence of(String sectionText, int start, int end) {
        return new Evidence(start, end, sectionText.substring(start, end));
    }
}
