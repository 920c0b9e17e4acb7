package org.ehcpqa.scoring.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts text into sentences. Each line is at least one sentence, because bullets and table rows
 * rarely end with a full stop and would otherwise merge into one endless "sentence".
 */
public final class Sentences {

    // Common abbreviations whose full stop does not end a sentence.
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "mr", "mrs", "ms", "dr",
            "no", "approx", "incl", "st", "vs", "cf", "min", "mins", "hrs", "wk", "wks", "yr");

    private Sentences() {
    }

    public static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        int length = text.length();
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            boolean boundary = c == '\n';
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= length || Character.isWhitespace(text.charAt(i + 1)))) {
                boundary = c != '.' || !isAbbreviation(text, i);
            }
            if (boundary) {
                add(sentences, text, start, c == '\n' ? i : i + 1);
                start = skipSpace(text, i + 1);
                i = start - 1;
            }
        }
        add(sentences, text, start, length);
        return sentences;
    }

    private static void add(List<Span> sentences, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Span(start, end, text.substring(start, end)));
        }
    }

    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(text.charAt(wordStart)));
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
