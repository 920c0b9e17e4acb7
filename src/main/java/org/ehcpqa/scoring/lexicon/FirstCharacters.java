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

    /**
     * The expression as it can match at a spot beginning with c: when its first consuming element is
     * a group of alternatives (not repeated), only the alternatives that can begin with c are kept.
     * "\\b(?:difficulty|struggles?|...)\\b" tried at a "s" then tries two alternatives, not sixty. A
     * leftmost alternative that cannot begin with c cannot match there, so the first match is the same.
     */
    static String narrowed(String regex, char c) {
        try {
            int i = skipZeroWidth(regex, 0, regex.length());
            if (i >= regex.length() || regex.charAt(i) != '(') {
                return regex;
            }
            int end = close(regex, i);
            if (end + 1 < regex.length() && "?*+{".indexOf(regex.charAt(end + 1)) >= 0) {
                return regex;
            }
            int body = bodyStart(regex, i);
            StringBuilder kept = new StringBuilder();
            for (int[] alternative : alternatives(regex, body, end)) {
                Set<Character> first = first(regex, alternative[0], alternative[1]);
                if (first == null || first.contains(Character.toLowerCase(c))) {
                    kept.append(kept.isEmpty() ? "" : "|").append(regex, alternative[0], alternative[1]);
                }
            }
            return regex.substring(0, body) + kept + regex.substring(end);
        } catch (RuntimeException e) {
            return regex;
        }
    }

    /** The top-level alternatives of the group body regex[from, to), as [start, end) pairs. */
    private static java.util.List<int[]> alternatives(String re, int from, int to) {
        java.util.List<int[]> found = new java.util.ArrayList<>();
        int start = from;
        int depth = 0;
        for (int j = from; j <= to; j++) {
            char d = j < to ? re.charAt(j) : '|';
            if (d == '\\') {
                j++;
            } else if (d == '[') {
                j = classEnd(re, j);
            } else if (d == '(') {
                depth++;
            } else if (d == ')') {
                depth--;
            } else if (d == '|' && depth == 0) {
                found.add(new int[] {start, j});
                start = j + 1;
            }
        }
        return found;
    }

    /** Past anchors, word boundaries, look-arounds and bare flag groups, which consume nothing. */
    private static int skipZeroWidth(String re, int from, int to) {
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
        return i;
    }

    /** The first characters of the sequence regex[from, to), or null when unknown or possibly empty. */
    private static Set<Character> first(String re, int from, int to) {
        int i = skipZeroWidth(re, from, to);
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
            for (int[] alternative : alternatives(re, body, end)) {
                Set<Character> first = first(re, alternative[0], alternative[1]);
                if (first == null) {
                    return null;
                }
                set.addAll(first);
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
