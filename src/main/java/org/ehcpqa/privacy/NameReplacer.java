package org.ehcpqa.privacy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Replaces known names in one pass over the words of a text, longest name first, so "Grace
 * Okafor" is the parent even where "Okafor" alone is the child. A name starts with a capital
 * (or a letter of a script without case): a one-word name matches only in its capitalised or
 * upper-case form ("Hope" the child, never "we hope"); later words of a longer name in any case. A title before a name ("Dr", "Mrs.") is
 * replaced with it, and a possessive keeps its "'s".
 */
final class NameReplacer {

    /** @param surface the name as registered, for case checks on one-word names */
    record Entry(String surface, String placeholder, int words) {
    }

    private final Map<String, Entry> entries;
    /** The first word of every name, so most capitalised words are passed over after one look-up. */
    private final java.util.Set<String> firstWords;
    private final int longest;

    NameReplacer(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
        java.util.Set<String> first = new java.util.HashSet<>();
        for (String key : entries.keySet()) {
            int space = key.indexOf(' ');
            first.add(space < 0 ? key : key.substring(0, space));
        }
        this.firstWords = java.util.Set.copyOf(first);
        int max = 1;
        for (Entry e : entries.values()) {
            max = Math.max(max, e.words());
        }
        this.longest = max;
    }

    static String key(String name) {
        return String.join(" ", NameWords.SPLIT.split(name.strip())).toLowerCase(Locale.ROOT);
    }

    /** Whether this name (as written, title and all) already has a placeholder. */
    boolean knows(String name) {
        return entries.containsKey(key(name));
    }

    String replace(String text) {
        if (entries.isEmpty()) {
            return text;
        }
        Tokens tokens = Tokens.of(text);
        int n = tokens.count();
        if (n == 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            // Names are written capitalised (or in a script without case); most words are not.
            if (Character.isLowerCase(text.charAt(tokens.start(i)))) {
                i++;
                continue;
            }
            Match match = longestAt(text, tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 64);
            }
            out.append(text, copied, tokens.start(match.firstToken)).append(match.placeholder);
            copied = match.end;
            i = match.nextToken;
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    private record Match(int firstToken, String placeholder, int end, int nextToken) {
    }

    private Match longestAt(String text, Tokens tokens, int i) {
        int n = tokens.count();
        boolean titled = NameWords.isTitle(tokens.word(text, i)) && i + 1 < n && tokens.joinable(text, i, true);
        // Try the title with the name first, then the name alone (a title alone is never replaced).
        for (int first : titled ? new int[]{i, i + 1} : new int[]{i}) {
            String opening = tokens.word(text, first);
            String openingBare = opening.substring(0, opening.length() - possessiveSuffix(opening).length());
            if (!firstWords.contains(opening.toLowerCase(Locale.ROOT))
                    && !firstWords.contains(openingBare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            Match best = null;
            for (int last = first; last < n && last - first < longest; last++) {
                if (last > first) {
                    if (!tokens.joinable(text, last - 1, NameWords.isTitle(tokens.word(text, last - 1)))) {
                        break;
                    }
                    key.append(' ');
                }
                String word = tokens.word(text, last);
                String possessive = possessiveSuffix(word);
                String bare = possessive.isEmpty() ? word : word.substring(0, word.length() - possessive.length());
                int length = key.length();
                Match whole = lookUp(key.append(word.toLowerCase(Locale.ROOT)).toString(), word, last - first + 1,
                        tokens.end(last), last + 1);
                if (whole != null) {
                    best = whole;
                } else if (!possessive.isEmpty()) {
                    key.setLength(length);
                    Match owner = lookUp(key.append(bare.toLowerCase(Locale.ROOT)).toString(), bare, last - first + 1,
                            tokens.end(last) - possessive.length(), last + 1);
                    if (owner != null) {
                        best = owner;
                    }
                    key.setLength(length);
                    key.append(word.toLowerCase(Locale.ROOT));
                }
            }
            if (best != null) {
                // The title goes with the name: "Dr Hannah Price" becomes "Person D", not "Dr Person D".
                return new Match(i, best.placeholder(), best.end(), best.nextToken());
            }
        }
        return null;
    }

    private Match lookUp(String key, String lastWord, int words, int end, int nextToken) {
        Entry entry = entries.get(key);
        if (entry == null || entry.words() != words) {
            return null;
        }
        if (words == 1 && !lastWord.equals(entry.surface()) && !lastWord.equals(entry.surface().toUpperCase(Locale.ROOT))) {
            return null;
        }
        return new Match(-1, entry.placeholder(), end, nextToken);
    }

    private static String possessiveSuffix(String word) {
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("'S") || word.endsWith("’S"))) {
            return word.substring(word.length() - 2);
        }
        return "";
    }

    /** Word boundaries of a text: letters, marks and digits, with inner apostrophes and hyphens. */
    static final class Tokens {
        private int[] starts = new int[256];
        private int[] ends = new int[256];
        private int count;

        static Tokens of(String text) {
            Tokens t = new Tokens();
            int len = text.length();
            int i = 0;
            while (i < len) {
                char c = text.charAt(i);
                if (!isWordChar(c)) {
                    i++;
                    continue;
                }
                int start = i;
                i++;
                while (i < len) {
                    char d = text.charAt(i);
                    if (isWordChar(d)) {
                        i++;
                    } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < len && Character.isLetter(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                t.add(start, i);
            }
            return t;
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
        }

        private void add(int start, int end) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        int count() {
            return count;
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return ends[i];
        }

        String word(String text, int i) {
            return text.substring(starts[i], ends[i]);
        }

        /** Whether token i and the next are parts of one name: only white space between (a dot after a title). */
        boolean joinable(String text, int i, boolean afterTitle) {
            int from = ends[i];
            int to = starts[i + 1];
            if (from == to) {
                return false;
            }
            if (afterTitle && text.charAt(from) == '.') {
                from++;
            }
            if (from == to) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (!Character.isWhitespace(text.charAt(k)) && text.charAt(k) != '\u00A0') {
                    return false;
                }
            }
            return true;
        }
    }
}
