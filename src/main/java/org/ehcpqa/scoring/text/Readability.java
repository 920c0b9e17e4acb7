package org.ehcpqa.scoring.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flesch reading ease with a vowel-group syllable count: rough, but stable and explainable. */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

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

    static int syllables(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() <= 3) {
            return 1;
        }
        if (lower.endsWith("e") && !lower.endsWith("le")) {
            lower = lower.substring(0, lower.length() - 1);
        } else if (lower.endsWith("es") || lower.endsWith("ed")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        Matcher matcher = VOWELS.matcher(lower);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
