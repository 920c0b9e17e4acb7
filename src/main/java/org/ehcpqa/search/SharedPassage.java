package org.ehcpqa.search;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A run of words two sections share.
 *
 * @param start      offset of the passage in the section searched from
 * @param end        exclusive end offset there
 * @param otherStart offset of the same words in the other section
 * @param otherEnd   exclusive end offset there
 */
@Serdeable
public record SharedPassage(String text, int words, int start, int end, int otherStart, int otherEnd) {
}
