package org.ehcpqa.ingest;

import org.ehcpqa.plan.SectionCode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scores found sections against expected ones: a section is right when one of the same code, not yet
 * matched, has a body that starts with the expected first words and ends with the expected last words
 * after collapsing white space and dropping list bullets, on the expected page when one is given. Found sections that match
 * nothing count against the score too, so the score is right / (expected + extra).
 */
final class SectionScorer {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** List bullets are layout, not words: extractors render them differently or drop them. */
    private static final Pattern BULLETS = Pattern.compile("(?m)^\\s*[\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7]\\s*");

    /** @param page the expected start page, or 0 when not checked */
    record Expected(SectionCode code, int page, String first, String last) {
    }

    record Score(int right, int expected, int extra, List<String> problems) {
        int denominator() {
            return expected + extra;
        }
    }

    private SectionScorer() {
    }

    static String collapse(String text) {
        return SPACES.matcher(BULLETS.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    static Score score(List<Expected> expected, List<SegmentedSection> found) {
        boolean[] used = new boolean[found.size()];
        int right = 0;
        List<String> problems = new ArrayList<>();
        for (Expected want : expected) {
            int match = -1;
            int sameCode = -1;
            for (int i = 0; i < found.size(); i++) {
                if (used[i] || found.get(i).code() != want.code()) {
                    continue;
                }
                if (sameCode < 0) {
                    sameCode = i;
                }
                if (matches(want, found.get(i))) {
                    match = i;
                    break;
                }
            }
            if (match >= 0) {
                used[match] = true;
                right++;
            } else if (sameCode >= 0) {
                used[sameCode] = true;
                SegmentedSection got = found.get(sameCode);
                problems.add(want.code() + ": wrong cut (page " + got.startPage() + ", starts \""
                        + head(collapse(got.text())) + "\", ends \"" + tail(collapse(got.text())) + "\")");
            } else {
                problems.add(want.code() + ": missing");
            }
        }
        int extra = 0;
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                extra++;
                problems.add(found.get(i).code() + ": extra section titled \"" + head(found.get(i).title()) + "\"");
            }
        }
        return new Score(right, expected.size(), extra, problems);
    }

    private static boolean matches(Expected want, SegmentedSection got) {
        String body = collapse(got.text());
        return body.startsWith(collapse(want.first())) && body.endsWith(collapse(want.last()))
                && (want.page() == 0 || want.page() == got.startPage());
    }

    private static String head(String text) {
        return text.length() <= 50 ? text : text.substring(0, 50);
    }

    private static String tail(String text) {
        return text.length() <= 50 ? text : text.substring(text.length() - 50);
    }
}
