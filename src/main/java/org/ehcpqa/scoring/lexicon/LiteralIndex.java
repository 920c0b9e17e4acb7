package org.ehcpqa.scoring.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Literal terms looked up by their first word, so a text is walked once whatever the size of the
 * lexicon. A 300-term alternation costs the regex engine 300 attempts at every character; this
 * costs one map lookup per word. Matching follows the regex form exactly: whole words, any case
 * unless the entry is case-sensitive, any run of white space between words.
 */
final class LiteralIndex {

    private final Map<String, List<LexiconEntry>> byFirstWord = new HashMap<>();

    /** Entries must be literal and start with a letter or digit; longest first wins at one spot. */
    LiteralIndex(List<LexiconEntry> entries) {
        for (LexiconEntry entry : entries) {
            byFirstWord.computeIfAbsent(key(entry.words().getFirst(), 0), k -> new ArrayList<>()).add(entry);
        }
    }

    static boolean indexable(LexiconEntry entry) {
        return entry.isLiteral() && Character.isLetterOrDigit(entry.words().getFirst().charAt(0));
    }

    void scan(CharSequence text, List<LexiconMatch> out, boolean firstOnly) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            List<LexiconEntry> candidates = byFirstWord.get(key(text, i));
            int end = -1;
            if (candidates != null) {
                for (LexiconEntry entry : candidates) {
                    end = matchAt(text, i, entry);
                    if (end > 0) {
                        out.add(new LexiconMatch(entry, i, end, text.subSequence(i, end).toString()));
                        if (firstOnly) {
                            return;
                        }
                        break;
                    }
                }
            }
            i = end > 0 ? end : i + 1;
        }
    }

    private static int matchAt(CharSequence text, int start, LexiconEntry entry) {
        int pos = start;
        List<String> words = entry.words();
        for (int w = 0; w < words.size(); w++) {
            if (w > 0) {
                int spaces = pos;
                while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                }
                if (pos == spaces) {
                    return -1;
                }
            }
            String word = words.get(w);
            if (pos + word.length() > text.length()
                    || !regionMatches(text, pos, word, !entry.caseSensitive())) {
                return -1;
            }
            pos += word.length();
        }
        return pos < text.length() && Character.isLetterOrDigit(text.charAt(pos)) ? -1 : pos;
    }

    private static boolean regionMatches(CharSequence text, int offset, String word, boolean ignoreCase) {
        for (int i = 0; i < word.length(); i++) {
            char a = text.charAt(offset + i);
            char b = word.charAt(i);
            if (a != b && (!ignoreCase || (Character.toLowerCase(a) != Character.toLowerCase(b)
                    && Character.toUpperCase(a) != Character.toUpperCase(b)))) {
                return false;
            }
        }
        return true;
    }

    /** The leading run of letters and digits, lower-cased: "co" for "co-regulation". */
    private static String key(CharSequence text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.subSequence(from, end).toString().toLowerCase(Locale.ROOT);
    }
}
