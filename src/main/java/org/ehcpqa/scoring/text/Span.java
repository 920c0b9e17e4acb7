package org.ehcpqa.scoring.text;

/** A stretch of text with its offsets in the text it was cut from. */
public record Span(int start, int end, String text) {
}
