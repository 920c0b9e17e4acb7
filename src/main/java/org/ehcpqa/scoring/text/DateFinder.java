package org.ehcpqa.scoring.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates as English plans write them: 12 March 2024, 12th Mar 2024, March 12, 2024,
 * 12/03/2024 (day first), 2024-03-12, and March 2024. A month without a day is read as the last
 * day of that month, so that an advice date is never judged older than it could be.
 */
public final class DateFinder {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\.?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /** A date found in text. */
    public record FoundDate(LocalDate date, int start, int end, String text) {
    }

    private DateFinder() {
    }

    public static List<FoundDate> find(String text) {
        List<FoundDate> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        collect(text, ISO, found, taken, m -> date(m.group(1), m.group(2), m.group(3)));
        collect(text, DAY_MONTH_YEAR, found, taken, m -> date(m.group(3), month(m.group(2)), m.group(1)));
        collect(text, MONTH_DAY_YEAR, found, taken, m -> date(m.group(3), month(m.group(1)), m.group(2)));
        collect(text, NUMERIC, found, taken, m -> date(fourDigitYear(m.group(3)), m.group(2), m.group(1)));
        collect(text, MONTH_YEAR, found, taken, m -> {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(month(m.group(1))));
            return month.atEndOfMonth();
        });
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private interface Reader {
        LocalDate read(Matcher matcher);
    }

    private static void collect(String text, Pattern pattern, List<FoundDate> found, boolean[] taken, Reader reader) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (taken[matcher.start()] || taken[matcher.end() - 1]) {
                continue;
            }
            LocalDate date;
            try {
                date = reader.read(matcher);
            } catch (DateTimeException | NumberFormatException e) {
                continue;
            }
            for (int i = matcher.start(); i < matcher.end(); i++) {
                taken[i] = true;
            }
            found.add(new FoundDate(date, matcher.start(), matcher.end(), matcher.group()));
        }
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
    }

    private static String fourDigitYear(String year) {
        return year.length() == 4 ? year : "20" + year;
    }
}
