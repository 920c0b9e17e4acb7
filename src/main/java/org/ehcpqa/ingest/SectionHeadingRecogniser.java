package org.ehcpqa.ingest;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether one line of a plan is the heading of a statutory section, in any of the house styles
 * councils use: "Section A: Views...", "Part B – Special educational needs", "A.", "SECTION F  SPECIAL
 * EDUCATIONAL PROVISION", "Adran A / Section A", a table row whose first cell is the letter, or a heading
 * that only names the section ("All about me"). A sentence that merely mentions a section ("Section F
 * sets out...") is not a heading. Stateless and thread-safe.
 */
@Singleton
public class SectionHeadingRecogniser {

    private static final int MAX_HEADING_LENGTH = 160;
    private static final int MAX_FREE_TITLE_WORDS = 16;
    private static final int MAX_LONG_NAME_WORDS = 24;
    private static final int MAX_SENTENCE_FREE_LENGTH = 60;

    private static final Pattern NUMBERING = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s+");
    private static final String CODE = "(h\\s?[12]|[a-k])";
    private static final String SECOND_CODE = "(?:\\s*(?:and|&|/|,|\\+)\\s*(?:section\\s+)?(h?\\s?[12]))?";
    private static final String AFTER_CODE = "(?![\\p{L}\\p{N}'\u2019])\\s*([:.\\-)|/])?\\s*(.*)$";
    private static final Pattern PREFIXED = Pattern.compile(
            "^(?:adran\\s+(?:h\\s?[12]|[a-k])\\s*/\\s*)?(?:sections?|part|adran)\\s+" + CODE + SECOND_CODE + AFTER_CODE,
            Pattern.CASE_INSENSITIVE);
    /** A bare letter is only a heading when written as a capital: "I like maths" must not start section I. */
    private static final Pattern BARE = Pattern.compile(
            "^(H\\s?[12]|[A-K])" + "(?:\\s*(?:and|&|/|\\+)\\s*(H?\\s?[12]))?" + AFTER_CODE);
    /** A table's letter cell and its content on one line, as PDF text gives a two-column table. */
    private static final Pattern INLINE_START = Pattern.compile("^(?:H[12]|[A-K]) [\\p{Lu}\\d\u2022]");
    private static final Pattern ROMAN = Pattern.compile("^(?i:[ivxl]{1,5})[.)]\\s+(\\S.*)$");
    private static final Pattern LONE_CELL = Pattern.compile("^(?:(?i:section|part)\\s+)?(H\\s?[12]|[A-K])[.:]?$");
    private static final Pattern SUFFIX_CODE = Pattern.compile(
            "^(.*?)\\s*[(\\[\\-]\\s*section\\s+" + CODE + "\\s*[)\\]]?$", Pattern.CASE_INSENSITIVE);

    /** The heading on this line, if it is one. */
    public Optional<HeadingMatch> recognise(String rawLine) {
        String line = rawLine.strip();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        boolean tabbed = line.indexOf('\t') > 0;
        if (tabbed) {
            // A table row: the heading cell is short, the content cell beside it may be long.
            Optional<HeadingMatch> cell = tableRow(line);
            if (cell.isPresent()) {
                return cell;
            }
        }
        if (line.length() > MAX_HEADING_LENGTH && !INLINE_START.matcher(line).lookingAt()) {
            return Optional.empty();
        }
        if (!tabbed && line.length() > MAX_SENTENCE_FREE_LENGTH && line.endsWith(".")
                && !INLINE_START.matcher(line).lookingAt()) {
            // A long line ending in a full stop is a sentence: headings are short and unpunctuated.
            return Optional.empty();
        }
        String flat = flatten(line);
        String unnumbered = startsWithDigit(flat) ? NUMBERING.matcher(flat).replaceFirst("") : flat;
        return prefixed(unnumbered, line)
                .or(() -> bare(unnumbered, line))
                .or(() -> named(unnumbered, line))
                .or(() -> romanNumbered(unnumbered, line));
    }

    // Most lines of a plan are body text, and this runs for each of them: a first-character check
    // keeps every pattern below off the lines it could never match (each is anchored at the start).

    private Optional<HeadingMatch> prefixed(String text, String line) {
        return startsWithAny(text, "sSpPaA") ? lettered(PREFIXED.matcher(text), line, true) : Optional.empty();
    }

    private Optional<HeadingMatch> bare(String text, String line) {
        return !text.isEmpty() && text.charAt(0) >= 'A' && text.charAt(0) <= 'K'
                ? lettered(BARE.matcher(text), line, false) : Optional.empty();
    }

    private static boolean startsWithAny(String text, String firsts) {
        return !text.isEmpty() && firsts.indexOf(text.charAt(0)) >= 0;
    }

    private static boolean startsWithDigit(String text) {
        return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
    }

    /**
     * Every dash made '-' and every run of white space ({@code \\s}: space, tab, line breaks, vertical
     * tab, form feed) made one space, in one pass; the line itself when nothing changes.
     */
    static String flatten(String line) {
        int length = line.length();
        StringBuilder out = null;
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            char replacement = c;
            boolean space = isRegexSpace(c);
            if (space) {
                int end = i + 1;
                while (end < length && isRegexSpace(line.charAt(end))) {
                    end++;
                }
                if (c == ' ' && end == i + 1) {
                    if (out != null) {
                        out.append(' ');
                    }
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(length).append(line, 0, i);
                }
                out.append(' ');
                i = end - 1;
                continue;
            }
            if (isDash(c)) {
                replacement = '-';
            }
            if (replacement != c && out == null) {
                out = new StringBuilder(length).append(line, 0, i);
            }
            if (out != null) {
                out.append(replacement);
            }
        }
        return out == null ? line : out.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isDash(char c) {
        return (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';
    }

    /** "II. Special educational needs": a Roman numeral numbers the heading, it is not section I. */
    private Optional<HeadingMatch> romanNumbered(String unnumbered, String line) {
        if (!startsWithAny(unnumbered, "ivxlIVXL")) {
            return Optional.empty();
        }
        Matcher m = ROMAN.matcher(unnumbered);
        if (!m.matches()) {
            return Optional.empty();
        }
        String heading = m.group(1);
        return prefixed(heading, line)
                .or(() -> named(heading, line));
    }

    private Optional<HeadingMatch> tableRow(String line) {
        String[] cells = line.split("\\s*\t\\s*");
        Matcher lone = LONE_CELL.matcher(cells[0]);
        if (lone.matches() && cells.length > 1) {
            List<SectionCode> codes = codes(lone.group(1), null);
            int bodyFrom = 1;
            String title = cells[0];
            if (SectionNames.exactly(SectionNames.normalise(cells[1])).isPresent()) {
                title = title + " " + cells[1];
                bodyFrom = 2;
            }
            return Optional.of(new HeadingMatch(codes, title, join(cells, bodyFrom), true));
        }
        Optional<List<SectionCode>> named = SectionNames.exactly(SectionNames.normalise(cells[0]));
        return named.map(codes -> new HeadingMatch(codes, cells[0], join(cells, 1), false));
    }

    private Optional<HeadingMatch> lettered(Matcher m, String line, boolean prefixed) {
        if (!m.matches()) {
            return Optional.empty();
        }
        String separator = m.group(3);
        String rest = m.group(4).strip();
        String restNormalised = SectionNames.normalise(rest);
        Optional<List<SectionCode>> named = restNormalised.isEmpty() ? Optional.empty()
                : SectionNames.startingWith(restNormalised).or(() -> ownedName(rest, restNormalised));
        List<SectionCode> codes = codes(m.group(1), m.group(2));
        if (!prefixed && named.isPresent() && named.get().stream().noneMatch(codes::contains)) {
            // "I. Views, interests and aspirations" is item one of a Roman-numbered list, not section I.
            return Optional.empty();
        }
        boolean knownName = named.isPresent();
        boolean explicit = rest.isEmpty() || knownName || prefixed;
        if (!explicit && separator == null && !prefixed && startsUpperCase(rest)) {
            String letter = line.substring(0, line.length() - rest.length()).strip();
            return Optional.of(new HeadingMatch(codes, letter, line.substring(letter.length()).strip(), false, true));
        }
        if (!explicit && !looksLikeFreeTitle(separator, rest)) {
            return Optional.empty();
        }
        if (prefixed && rest.isEmpty() && ".".equals(separator) && Character.isLowerCase(line.charAt(0))) {
            // "...listed in / section K." is the end of a wrapped sentence.
            return Optional.empty();
        }
        if (explicit && !rest.isEmpty() && !knownName && !looksLikeFreeTitle(separator, rest)
                && !(separator == null && isUpperCase(rest) && words(rest) <= MAX_FREE_TITLE_WORDS)) {
            return Optional.empty();
        }
        return Optional.of(new HeadingMatch(codes, line, "", explicit));
    }

    /**
     * "A. Poppy's views, interests and aspirations": the section's name after the child's name. Only a short
     * unpunctuated title counts, so a table's letter cell followed by a sentence about the child stays content.
     */
    private static Optional<List<SectionCode>> ownedName(String rest, String restNormalised) {
        if (rest.endsWith(".") || words(rest) > MAX_FREE_TITLE_WORDS) {
            return Optional.empty();
        }
        return SectionNames.startingWithOwner(restNormalised);
    }

    /** A short title after a colon or dash, as in "B – SEN", rather than the start of a sentence. */
    private static boolean looksLikeFreeTitle(String separator, String rest) {
        if (separator == null || separator.equals(".") || rest.isEmpty()) {
            return false;
        }
        char first = rest.charAt(0);
        return (Character.isUpperCase(first) || Character.isDigit(first))
                && !rest.endsWith(".")
                && words(rest) <= MAX_FREE_TITLE_WORDS;
    }

    private Optional<HeadingMatch> named(String unnumbered, String line) {
        if (unnumbered.endsWith(".") && unnumbered.length() > 3) {
            // Sentences end with a full stop; headings by name do not.
            return Optional.empty();
        }
        Matcher suffix = SUFFIX_CODE.matcher(unnumbered);
        if (containsSection(unnumbered) && suffix.matches() && plausibleTitle(suffix.group(1))) {
            return Optional.of(new HeadingMatch(codes(suffix.group(2), null), line, "", true));
        }
        String normalised = SectionNames.normalise(unnumbered);
        Optional<List<SectionCode>> exact = SectionNames.exactly(normalised);
        if (exact.isPresent()) {
            return Optional.of(new HeadingMatch(exact.get(), line, "", false));
        }
        if (words(unnumbered) <= MAX_LONG_NAME_WORDS) {
            Optional<List<SectionCode>> longName = SectionNames.longName(normalised);
            if (longName.isPresent() && !SectionNames.namesOrganisation(normalised)) {
                return Optional.of(new HeadingMatch(longName.get(), line, "", false));
            }
        }
        // "Personal budget (including arrangements for direct payments)": a name with a gloss.
        if (unnumbered.endsWith(")") && unnumbered.indexOf('(') > 0 && words(unnumbered) <= 14) {
            String beforeGloss = SectionNames.normalise(unnumbered.substring(0, unnumbered.indexOf('(')));
            return SectionNames.exactly(beforeGloss).map(codes -> new HeadingMatch(codes, line, "", false));
        }
        return Optional.empty();
    }

    private static boolean containsSection(String text) {
        int from = Math.max(0, text.length() - 16);
        return text.substring(from).toLowerCase(java.util.Locale.ROOT).contains("section");
    }

    /** "Views and aspirations (Section A)" but not "as her needs are set out (section B)". */
    private static boolean plausibleTitle(String title) {
        String normalised = SectionNames.normalise(title);
        return SectionNames.startingWith(normalised).isPresent()
                || (!title.isEmpty() && Character.isUpperCase(title.charAt(0)) && words(title) <= 5);
    }

    private static List<SectionCode> codes(String first, String second) {
        String a = first.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (a.equals("H")) {
            return List.of(SectionCode.H1, SectionCode.H2);
        }
        SectionCode firstCode = SectionCode.valueOf(a);
        if (second == null || (firstCode != SectionCode.H1 && firstCode != SectionCode.H2)) {
            return List.of(firstCode);
        }
        String b = second.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (!b.startsWith("H")) {
            b = "H" + b;
        }
        SectionCode secondCode = SectionCode.valueOf(b);
        return secondCode == firstCode ? List.of(firstCode) : List.of(firstCode, secondCode);
    }

    private static boolean startsUpperCase(String text) {
        return !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0))
                || text.charAt(0) == '\u2022');
    }

    private static boolean isUpperCase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    private static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    private static String join(String[] cells, int from) {
        return from >= cells.length ? "" : String.join("\t", java.util.Arrays.copyOfRange(cells, from, cells.length));
    }
}
