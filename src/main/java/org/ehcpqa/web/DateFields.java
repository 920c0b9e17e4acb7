package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A GOV.UK date input: three fields {@code <name>-day}, {@code <name>-month} and {@code <name>-year}. The error
 * belongs to the first field, where the error summary's link lands.
 */
final class DateFields {

    private DateFields() {
    }

    /** The date, or null with an error added when the fields are missing or do not make a real date. */
    @Nullable
    static LocalDate read(Map<String, Object> form, String name, String what, List<FieldError> errors) {
        if (blank(form, name)) {
            errors.add(new FieldError(name + "-day", "Enter " + what));
            return null;
        }
        return readOptional(form, name, what, errors);
    }

    /**
     * The date of a field that may be left out: null without an error when all three parts are blank, null with an
     * error when they do not make a real date.
     */
    @Nullable
    static LocalDate readOptional(Map<String, Object> form, String name, String what, List<FieldError> errors) {
        if (blank(form, name)) {
            return null;
        }
        String day = Forms.text(form, name + "-day");
        String month = Forms.text(form, name + "-month");
        String year = Forms.text(form, name + "-year");
        try {
            int y = Integer.parseInt(String.valueOf(year));
            if (y < 1900 || y > 2200) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(String.valueOf(month)), Integer.parseInt(String.valueOf(day)));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError(name + "-day", capitalised(what) + " must be a real date, like 27 3 2026"));
            return null;
        }
    }

    /** What the user typed, to fill the fields again. */
    static void keep(Map<String, Object> form, String name, Map<String, Object> entered) {
        for (String part : List.of("day", "month", "year")) {
            String value = Forms.text(form, name + "-" + part);
            entered.put(name + "-" + part, value == null ? "" : value);
        }
    }

    private static boolean blank(Map<String, Object> form, String name) {
        return Forms.text(form, name + "-day") == null && Forms.text(form, name + "-month") == null
                && Forms.text(form, name + "-year") == null;
    }

    static void fill(@Nullable LocalDate date, String name, Map<String, Object> entered) {
        entered.put(name + "-day", date == null ? "" : String.valueOf(date.getDayOfMonth()));
        entered.put(name + "-month", date == null ? "" : String.valueOf(date.getMonthValue()));
        entered.put(name + "-year", date == null ? "" : String.valueOf(date.getYear()));
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
