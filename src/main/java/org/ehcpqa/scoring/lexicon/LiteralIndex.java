package org.ehcpqa.scoring.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Literal terms looked up by their first word, so a text is walked once whatever the size of the
 * lexicon. A 300-term alternation costs the regex engine 300 attempts at every character; this
 * costs one table probe per word. Matching follows the regex form exactly: whole words, any case
 * unless the entry is case-sensitive, any run of white space between words.
 *
 * <p>The table is probed with the word's characters in place (lower-cased one at a time), because
 * cutting out and lower-casing every word of every section for every lexicon was a fifth of the
 * cost of scoring a plan.
 */
final class LiteralIndex {

    private final String[] keys;
    private final List<List<LexiconEntry>> candidates;
    private final int[] slots;
    private final int mask;
    private final int longestKey;

    /** Entries must be literal and start with a letter or digit; longest first wins at one spot. */
    LiteralIndex(List<LexiconEntry> entries) {
        Map<String, List<LexiconEntry>> byFirstWord = new LinkedHashMap<>();
        for (LexiconEntry entry : entries) {
            String word = entry.words().getFirst();
            byFirstWord.computeIfAbsent(key(word, 0, runEnd(word, 0)), k -> new ArrayList<>()).add(entry);
        }
        int size = Integer.highestOneBit(Math.max(4, byFirstWord.size() * 2 + 1)) * 2;
        this.mask = size - 1;
        this.keys = new String[byFirstWord.size()];
        this.candidates = new ArrayList<>(byFirstWord.size());
        this.slots = new int[size];
        java.util.Arrays.fill(slots, -1);
        int longest = 0;
        for (Map.Entry<String, List<LexiconEntry>> group : byFirstWord.entrySet()) {
            String key = group.getKey();
            int id = candidates.size();
            keys[id] = key;
            candidates.add(List.copyOf(group.getValue()));
            int slot = hash(key, 0, key.length()) & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id;
            longest = Math.max(longest, key.length());
        }
        this.longestKey = longest;
    }

    static boolean indexable(LexiconEntry entry) {
        return entry.isLiteral() && Character.isLetterOrDigit(entry.words().getFirst().charAt(0));
    }

    void scan(CharSequence text, List<LexiconMatch> out, boolean firstOnly) {
        if (keys.length == 0) {
            return;
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = runEnd(text, i);
            List<LexiconEntry> found = runEnd - i > longestKey ? null : lookup(text, i, runEnd);
            int end = -1;
            if (found != null) {
                for (LexiconEntry entry : found) {
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
            i = end > 0 ? end : runEnd;
        }
    }

    private List<LexiconEntry> lookup(CharSequence text, int from, int to) {
        int slot = hash(text, from, to) & mask;
        int id;
        while ((id = slots[slot]) >= 0) {
            if (sameWord(keys[id], text, from, to)) {
                return candidates.get(id);
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static boolean sameWord(String key, CharSequence text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != Character.toLowerCase(text.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + Character.toLowerCase(text.charAt(i));
        }
        return h ^ (h >>> 16);
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

    private static int runEnd(CharSequence text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The leading run of letters and digits, lower-cased: "co" for "co-regulation". */
    private static String key(CharSequence text, int from, int to) {
        StringBuilder key = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            key.append(Character.toLowerCase(text.charAt(i)));
        }
        return key.toString();
    }
}
