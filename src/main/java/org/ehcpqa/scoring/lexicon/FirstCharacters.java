package org.ehcpqa.scoring.lexicon;

import java.util.HashSet;
import java.util.Set;

/**
 * The characters a regular expression's match can begin with, lower-cased, read from the
 * expression's source; null when the source is too clever to tell (the caller then tries the
 * expression everywhere). A superset is always safe: it only decides where the expression is tried.
 * Reads what lexicon patterns use: {@code \b}, look-arounds, inline flags, groups with alternatives,
 * character classes, {@code \d}, escaped and plain literals.
 */
final class FirstCharacters {

    private FirstCharacters() {
    }

    static Set<Character> of(String regex) {
        try {
            return first(regex, 0, regex.length());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first characters of the sequence regex[from, to), or null when unknown or possibly empty. */
    private static Set<Character> first(String re, int from, int to) {
        int i = from;
        while (i < to) {
            char c = re.charAt(i);
            if (c == '^') {
                i++;
            } else if (re.startsWith("\\b", i) || re.startsWith("\\B", i)) {
                i += 2;
            } else if (re.startsWith("(?<!", i) || re.startsWith("(?<=", i) || re.startsWith("(?=", i)
                    || re.startsWith("(?!", i)) {
                i = close(re, i) + 1;
            } else if (c == '(' && i + 1 < to && re.charAt(i + 1) == '?' && isFlagGroupWithoutBody(re, i)) {
                i = close(re, i) + 1;
            } else {
                break;
            }
        }
        if (i >= to) {
            return null;
        }
        char c = re.charAt(i);
        Set<Character> set;
        int next;
        if (c == '(') {
            int end = close(re, i);
            int body = bodyStart(re, i);
            set = new HashSet<>();
            int start = body;
            int depth = 0;
            for (int j = body; j <= end; j++) {
                char d = j < end ? re.charAt(j) : '|';
                if (d == '\\') {
                    j++;
                    continue;
                }
                if (d == '[') {
                    j = classEnd(re, j);
                    continue;
                }
                if (d == '(') {
                    depth++;
                } else if (d == ')') {
                    depth--;
                } else if (d == '|' && depth == 0) {
                    Set<Character> alternative = first(re, start, j);
                    if (alternative == null) {
                        return null;
                    }
                    set.addAll(alternative);
                    start = j + 1;
                }
            }
            next = end + 1;
        } else if (c == '[') {
            int end = classEnd(re, i);
            set = characterClass(re.substring(i + 1, end));
            next = end + 1;
        } else if (c == '\\') {
            char e = re.charAt(i + 1);
            if (e == 'd') {
                set = new HashSet<>();
                for (char d = '0'; d <= '9'; d++) {
                    set.add(d);
                }
            } else if (Character.isLetterOrDigit(e)) {
                return null;
            } else {
                set = new HashSet<>(Set.of(e));
            }
            next = i + 2;
        } else if (c == '.' || c == '|' || c == ')' || c == '$') {
            return null;
        } else {
            set = new HashSet<>(Set.of(Character.toLowerCase(c)));
            next = i + 1;
        }
        if (set == null || optional(re, next)) {
            return null;
        }
        Set<Character> lower = new HashSet<>();
        set.forEach(ch -> lower.add(Character.toLowerCase(ch)));
        return lower;
    }

    private static boolean optional(String re, int at) {
        if (at >= re.length()) {
            return false;
        }
        char q = re.charAt(at);
        return q == '?' || q == '*' || re.startsWith("{0", at);
    }

    /** "(?i)" or "(?-i)": flags only, no body. */
    private static boolean isFlagGroupWithoutBody(String re, int open) {
        int j = open + 2;
        while (j < re.length() && (Character.isLetter(re.charAt(j)) || re.charAt(j) == '-')) {
            j++;
        }
        return j < re.length() && re.charAt(j) == ')';
    }

    /** Where the body of the group opening at open starts: after "(", "(?:", "(?i:", "(?-i:". */
    private static int bodyStart(String re, int open) {
        if (open + 1 < re.length() && re.charAt(open + 1) == '?') {
            int j = open + 2;
            while (j < re.length() && (Character.isLetter(re.charAt(j)) || re.charAt(j) == '-')) {
                j++;
            }
            if (j < re.length() && re.charAt(j) == ':') {
                return j + 1;
            }
            throw new IllegalArgumentException("named or special group");
        }
        return open + 1;
    }

    private static int close(String re, int open) {
        int depth = 0;
        for (int j = open; j < re.length(); j++) {
            char d = re.charAt(j);
            if (d == '\\') {
                j++;
            } else if (d == '[') {
                j = classEnd(re, j);
            } else if (d == '(') {
                depth++;
            } else if (d == ')' && --depth == 0) {
                return j;
            }
        }
        throw new IllegalArgumentException("unbalanced");
    }

    private static int classEnd(String re, int open) {
        int j = open + 1;
        if (j < re.length() && re.charAt(j) == '^') {
            j++;
        }
        if (j < re.length() && re.charAt(j) == ']') {
            j++;
        }
        for (; j < re.length(); j++) {
            if (re.charAt(j) == '\\') {
                j++;
            } else if (re.charAt(j) == ']') {
                return j;
            }
        }
        throw new IllegalArgumentException("unclosed class");
    }

    private static Set<Character> characterClass(String body) {
        if (body.startsWith("^") || body.contains("[") || body.contains("&&")) {
            return null;
        }
        Set<Character> set = new HashSet<>();
        for (int j = 0; j < body.length(); j++) {
            char c = body.charAt(j);
            if (c == '\\') {
                char e = body.charAt(++j);
                if (e == 'd') {
                    for (char d = '0'; d <= '9'; d++) {
                        set.add(d);
                    }
                } else if (Character.isLetterOrDigit(e)) {
                    return null;
                } else {
                    set.add(e);
                }
            } else if (j + 2 < body.length() && body.charAt(j + 1) == '-') {
                for (char d = c; d <= body.charAt(j + 2); d++) {
                    set.add(d);
                }
                j += 2;
            } else {
                set.add(c);
            }
        }
        return set;
    }
}
