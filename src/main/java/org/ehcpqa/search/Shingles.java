package org.ehcpqa.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Word 8-grams of a text, as 64-bit hashes, for finding passages two plans share. Only a content-
 * chosen quarter of them is indexed (the same quarter in every plan, since the choice depends on
 * the hash alone): a shared run of 20 words holds 13 shingles, so the chance that none of them is
 * sampled is under 3%, while the index holds a quarter of the terms.
 */
final class Shingles {

    static final int WIDTH = 8;
    private static final Analyzer EXACT = SearchAnalyzers.exact();

    /** One word with its place in the text. */
    record Word(String term, int start, int end) {
    }

    private final String text;
    private final List<Word> words;
    private final long[] hashes;

    private Shingles(String text, List<Word> words) {
        this.text = text;
        this.words = words;
        int count = Math.max(0, words.size() - WIDTH + 1);
        this.hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long hash = 0xcbf29ce484222325L;
            for (int j = i; j < i + WIDTH; j++) {
                String term = words.get(j).term();
                for (int k = 0; k < term.length(); k++) {
                    hash ^= term.charAt(k);
                    hash *= 0x100000001b3L;
                }
                hash ^= ' ';
                hash *= 0x100000001b3L;
            }
            hashes[i] = mix(hash);
        }
    }

    static Shingles of(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = EXACT.tokenStream(SectionFields.EXACT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Shingles(text, words);
    }

    String text() {
        return text;
    }

    List<Word> words() {
        return words;
    }

    int count() {
        return hashes.length;
    }

    long hash(int index) {
        return hashes[index];
    }

    static boolean sampled(long hash) {
        return (hash & 3L) == 0;
    }

    /** The sampled hashes as index terms, each once. */
    Set<String> sampledTerms() {
        Set<String> terms = new LinkedHashSet<>();
        for (long hash : hashes) {
            if (sampled(hash)) {
                terms.add(term(hash));
            }
        }
        return terms;
    }

    static String term(long hash) {
        return Long.toUnsignedString(hash, 36);
    }

    /** A finaliser so that neighbouring 8-grams spread over every bit (murmur3's fmix64). */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
