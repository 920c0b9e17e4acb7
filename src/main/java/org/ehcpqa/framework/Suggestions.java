package org.ehcpqa.framework;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys, check codes and level ids. */
final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate, when it is close enough that offering it helps more than it confuses. */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        Optional<String> byDistance = candidates.stream()
                .min(Comparator.comparingInt(candidate -> distance(wanted, candidate)))
                .filter(candidate -> distance(wanted, candidate) <= Math.max(2, wanted.length() / 3));
        if (byDistance.isPresent()) {
            return byDistance;
        }
        // "vague_wording" for "vague_provision_wording": the words are right but one is missing.
        String[] words = wanted.split("[_\\-]");
        return candidates.stream()
                .filter(candidate -> words.length > 1 && containsAllWords(candidate, words))
                .min(Comparator.comparingInt(String::length));
    }

    static String didYouMean(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(candidate -> "; did you mean \"" + candidate + "\"?").orElse(".");
    }

    private static boolean containsAllWords(String candidate, String[] words) {
        for (String word : words) {
            if (!candidate.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
