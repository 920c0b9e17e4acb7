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
 * chosen part of them is indexed (the same in every plan, since the choice depends on the words
 * alone): a quarter by hash, so a shared run of 20 words (13 shingles) is missed with a chance
 * under 3%, plus the windows starting with a capital letter.
 */
final class Shingles {

    static final int WIDTH = 8;
    private static final Analyzer EXACT = SearchAnalyzers.exact();

    /** One word with its place in the text. */
    record Word(String term, int start, int end) {
    }

    private static final String BREAKS = ".!?;:\n";

    private final String text;
    private final List<Word> words;
    private final long[] hashes;
    private final boolean[] sampled;
    private final boolean[] withinSentence;

    private Shingles(String text, List<Word> words) {
        this.text = text;
        this.words = words;
        int count = Math.max(0, words.size() - WIDTH + 1);
        this.hashes = new long[count];
        this.sampled = new boolean[count];
        this.withinSentence = new boolean[count];
        boolean[] breakAfter = new boolean[words.size()];
        for (int w = 0; w + 1 < words.size(); w++) {
            String between = text.substring(words.get(w).end(), words.get(w + 1).start());
            for (int c = 0; c < between.length() && !breakAfter[w]; c++) {
                breakAfter[w] = BREAKS.indexOf(between.charAt(c)) >= 0;
            }
        }
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
            // A quarter by hash, plus every window starting with a capital (a name, a sentence), so that
            // the few windows around a name in a short paragraph are always indexed.
            sampled[i] = (hashes[i] & 3L) == 0 || Character.isUpperCase(text.charAt(words.get(i).start()));
            boolean within = true;
            for (int w = i; w < i + WIDTH - 1 && within; w++) {
                within = !breakAfter[w];
            }
            withinSentence[i] = within;
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

    boolean sampled(int index) {
        return sampled[index];
    }

    /** True when the window's eight words belong to one sentence (no full stop, colon or line break inside). */
    boolean withinSentence(int index) {
        return withinSentence[index];
    }

    /** The sampled hashes as index terms, each once. */
    Set<String> sampledTerms() {
        Set<String> terms = new LinkedHashSet<>();
        for (int i = 0; i < hashes.length; i++) {
            if (sampled[i]) {
                terms.add(term(hashes[i]));
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
