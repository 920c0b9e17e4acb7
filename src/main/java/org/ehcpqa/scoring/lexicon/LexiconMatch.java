package org.ehcpqa.scoring.lexicon;

/** Where an entry matched: offsets into the text that was searched. */
public record LexiconMatch(LexiconEntry entry, int start, int end, String text) {
}
