package org.ehcpqa.ingest;

import jakarta.inject.Singleton;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the first date written in a piece of text, in the forms English councils use: 04/02/2025,
 * 4.2.25, 4 February 2025, 4th Feb 2025, Tuesday 4 February 2025, February 4, 2025 and 2025-02-04.
 * Numeric dates are day first, as in the UK.
 */
@Singleton
public class PlanDateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s\\-]+" + MONTH + ",?[\\s\\-]+(\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

    /** The earliest-written date in the text, if any. */
    public Optional<LocalDate> firstDate(String text) {
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find() && m.start() < bestAt) {
            LocalDate d = date(year(m.group(3)), m.group(2), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
                break;
            }
        }
        m = DAY_MONTH.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = MONTH_DAY.matcher(text);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String year(String written) {
        // Two-digit years in plans are this century: children and plans are all after 2000.
        return written.length() == 2 ? "20" + written : written;
    }

    private static String month(String written) {
        return String.valueOf(MONTHS.get(written.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
