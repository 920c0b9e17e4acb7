package org.ehcpqa.privacy;

import java.util.function.UnaryOperator;

/**
 * Runs a costly rewrite only on the stretches of a text where it can change something: around the
 * characters every match must contain (a digit for identifiers and dates, '@' for e-mail
 * addresses). A plan is mostly prose, so most of it is never handed to the expressions at all.
 * Windows reach {@code reach} characters either side of each anchor and end at white space, so a
 * match that lies within that reach of its anchor is always seen whole.
 */
final class TextWindows {

    /** Which characters anchor a window. */
    @FunctionalInterface
    interface Anchor {
        boolean is(char c);
    }

    private TextWindows() {
    }

    static String rewrite(String text, Anchor anchor, int reach, UnaryOperator<String> rewrite) {
        int length = text.length();
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < length) {
            if (!anchor.is(text.charAt(i))) {
                i++;
                continue;
            }
            int start = backToSpace(text, Math.max(copied, i - reach), copied);
            int end = forwardToSpace(text, Math.min(length, i + 1 + reach));
            // Grow the window while anchors keep turning up inside its reach.
            for (int k = i + 1; k < end; k++) {
                if (anchor.is(text.charAt(k))) {
                    end = Math.max(end, forwardToSpace(text, Math.min(length, k + 1 + reach)));
                }
            }
            if (out == null) {
                out = new StringBuilder(length + 32);
            }
            out.append(text, copied, start).append(rewrite.apply(text.substring(start, end)));
            copied = end;
            i = end;
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, length);
        return out.toString();
    }

    private static int backToSpace(String text, int from, int floor) {
        int i = from;
        while (i > floor && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int forwardToSpace(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
