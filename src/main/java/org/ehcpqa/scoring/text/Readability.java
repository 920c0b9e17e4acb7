package org.ehcpqa.scoring.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flesch reading ease with a vowel-group syllable count: rough, but stable and explainable. */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?");

    /** The scores of a text and its sentences. */
    public record Score(int words, int sentences, int syllables, List<Span> sentenceSpans) {

        public double averageSentenceWords() {
            return sentences == 0 ? 0 : (double) words / sentences;
        }

        public double fleschReadingEase() {
            if (words == 0) {
                return 100;
            }
            return 206.835 - 1.015 * averageSentenceWords() - 84.6 * ((double) syllables / words);
        }

        public List<Span> longest(int count) {
            List<Span> sorted = new ArrayList<>(sentenceSpans);
            sorted.sort(Comparator.comparingInt((Span s) -> s.text().length()).reversed());
            return sorted.subList(0, Math.min(count, sorted.size()));
        }
    }

    private Readability() {
    }

    public static Score of(String text) {
        int words = 0;
        int syllables = 0;
        List<Span> counted = new ArrayList<>();
        for (Span sentence : Sentences.split(text)) {
            Matcher matcher = WORD.matcher(sentence.text());
            int sentenceWords = 0;
            while (matcher.find()) {
                sentenceWords++;
                syllables += syllables(matcher.group());
            }
            if (sentenceWords > 0) {
                words += sentenceWords;
                counted.add(sentence);
            }
        }
        return new Score(words, counted.size(), syllables, counted);
    }

    /** Vowel groups, after a silent final "e" or an "-es"/"-ed" ending; counted in place, as it runs for every word. */
    static int syllables(String word) {
        int length = word.length();
        if (length <= 3) {
            return 1;
        }
        char last = Character.toLowerCase(word.charAt(length - 1));
        char before = Character.toLowerCase(word.charAt(length - 2));
        if (last == 'e' && before != 'l') {
            length -= 1;
        } else if (before == 'e' && (last == 's' || last == 'd')) {
            length -= 2;
        }
        int count = 0;
        boolean inGroup = false;
        for (int i = 0; i < length; i++) {
            boolean vowel = "aeiouy".indexOf(Character.toLowerCase(word.charAt(i))) >= 0;
            if (vowel && !inGroup) {
                count++;
            }
            inGroup = vowel;
        }
        return Math.max(1, count);
    }
}
