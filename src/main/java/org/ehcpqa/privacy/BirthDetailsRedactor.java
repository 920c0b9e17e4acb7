package org.ehcpqa.privacy;

import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth and exact ages. A date is a date of birth when it is the one the plan's front
 * page states, in any way it is written ("4 February 2015", "4th Feb 2015", "04/02/2015",
 * "2015-02-04", "February 4, 2015"), or when the words before it say so ("DOB:", "born on").
 * Other dates (advice, reviews) stay. An age to the month ("aged 7 years 4 months") becomes years
 * only, which is enough for a reader and no longer pins down a birthday.
 */
final class BirthDetailsRedactor {

    static final String DATE_OF_BIRTH = "[date of birth]";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** Day-month-year in words, month-day-year in words, numeric d/m/y, and ISO. */
    private static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + "(?<d1>[0-9]{1,2})" + ORDINAL + "\\s+(?:of\\s+)?(?<m1>(?i:" + MONTH + ")),?\\s+(?<y1>[0-9]{4})"
            + "|(?<m2>(?i:" + MONTH + "))\\s+(?<d2>[0-9]{1,2})" + ORDINAL + ",?\\s+(?<y2>[0-9]{4})"
            + "|(?<d3>[0-9]{1,2})[/.-](?<m3>[0-9]{1,2})[/.-](?<y3>[0-9]{4}|[0-9]{2})"
            + "|(?<y4>[0-9]{4})-(?<m4>[0-9]{2})-(?<d4>[0-9]{2})"
            + ")(?![\\p{L}\\p{N}])");
    /** Words that say the date after them is a birth date, whatever the date. */
    private static final Pattern BIRTH_CUE = Pattern.compile(
            "(?i:date\\s+of\\s+birth|d\\.?o\\.?b\\.?|born(?:\\s+on)?|birthday(?:\\s+is)?)\\s*[:–-]?\\s*$");
    /** "born in February 2015": a month and year after a birth cue. */
    private static final Pattern BORN_IN_MONTH = Pattern.compile(
            "(?i)(born\\s+in\\s+)(?:" + MONTH + ")\\s+[0-9]{4}(?![0-9])");

    /** "aged 7 years 4 months", "chronological age: 7 years and 4 months", "7 years 4 months old". */
    private static final Pattern AGE_TO_THE_MONTH = Pattern.compile(
            "(?i)(?<![\\p{L}])((?:aged|age:|(?<!reading |spelling |equivalent |comprehension |mental )age of|"
                    + "chronological age(?:\\s+of|\\s+is|:)?|c\\.a\\.|ca:|is now|is currently)\\s*)"
                    + "([0-9]{1,2})\\s*(?:years?|yrs?|y)\\s*,?\\s*(?:and\\s+)?([0-9]{1,2})\\s*(?:months?|mths?|m)(?![\\p{L}])"
                    + "|(?<![\\p{L}\\p{N}])([0-9]{1,2})\\s*years?\\s*,?\\s*(?:and\\s+)?[0-9]{1,2}\\s*months?\\s+old(?![\\p{L}])");
    /** Psychometric notation: "chronological age 7:04", "CA 7;4". */
    private static final Pattern AGE_COLON = Pattern.compile(
            "(?<![\\p{L}])((?i:chronological age|c\\.a\\.|CA)\\s*(?::|of|=)?\\s*)([0-9]{1,2})[:;.][0-9]{1,2}(?![0-9])");

    private BirthDetailsRedactor() {
    }

    static String redact(String text, @Nullable LocalDate dateOfBirth) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean cue = lower.contains("birth") || lower.contains("born") || lower.contains("dob")
                || lower.contains("d.o.b");
        String out = text;
        // Cheap tests first: the expressions run only where they could match.
        if (cue || (dateOfBirth != null && mayHoldYear(text, dateOfBirth.getYear()))) {
            out = IdentifierRedactor.replace(DATE, out, m -> isBirthDate(m, dateOfBirth, text) ? DATE_OF_BIRTH : m.group());
        }
        if (lower.contains("born")) {
            out = BORN_IN_MONTH.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(DATE_OF_BIRTH));
        }
        if (lower.contains("month") || lower.contains("mth") || lower.contains("age") || lower.contains("c.a")
                || lower.contains("ca:") || lower.contains(" now") || lower.contains("currently")) {
            out = IdentifierRedactor.replace(AGE_TO_THE_MONTH, out, m -> m.group(1) != null
                    ? m.group(1) + m.group(2) + " years" : m.group(4) + " years old");
        }
        if (lower.contains("age") || lower.contains("c.a") || text.contains("CA")) {
            out = IdentifierRedactor.replace(AGE_COLON, out, m -> m.group(1) + m.group(2) + " years");
        }
        return out;
    }

    /** The year as four digits, or as two after a date separator ("04/02/15"). */
    private static boolean mayHoldYear(String text, int year) {
        if (text.contains(Integer.toString(year))) {
            return true;
        }
        String twoDigits = String.format(Locale.ROOT, "%02d", year % 100);
        return text.contains("/" + twoDigits) || text.contains("." + twoDigits) || text.contains("-" + twoDigits);
    }

    private static boolean isBirthDate(Matcher m, @Nullable LocalDate dateOfBirth, String text) {
        if (BIRTH_CUE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find()) {
            return true;
        }
        if (dateOfBirth == null) {
            return false;
        }
        LocalDate date = parse(m);
        return dateOfBirth.equals(date);
    }

    @Nullable
    private static LocalDate parse(Matcher m) {
        try {
            if (m.group("d1") != null) {
                return LocalDate.of(Integer.parseInt(m.group("y1")), month(m.group("m1")), Integer.parseInt(m.group("d1")));
            }
            if (m.group("d2") != null) {
                return LocalDate.of(Integer.parseInt(m.group("y2")), month(m.group("m2")), Integer.parseInt(m.group("d2")));
            }
            if (m.group("d3") != null) {
                int year = Integer.parseInt(m.group("y3"));
                if (m.group("y3").length() == 2) {
                    // Two-digit years: a child's birth year is in this century.
                    year += 2000;
                }
                return LocalDate.of(year, Integer.parseInt(m.group("m3")), Integer.parseInt(m.group("d3")));
            }
            return LocalDate.of(Integer.parseInt(m.group("y4")), Integer.parseInt(m.group("m4")), Integer.parseInt(m.group("d4")));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int month(String name) {
        Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
        if (month == null) {
            throw new DateTimeException("not a month: " + name);
        }
        return month;
    }
}
