package org.ehcpqa.scoring.text;

/** A line of section text with its offsets; the content span excludes a bullet or number. */
record Line(int start, int end, int contentStart, ItemKind kind, boolean lettered, String content) {
}
