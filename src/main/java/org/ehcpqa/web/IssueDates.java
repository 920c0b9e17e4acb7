package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page's issue date range: two optional GOV.UK date inputs, {@code from} and {@code to}, both ends
 * included. Kept as typed, so paging links, the way back after adding an example and a refused range all show the
 * same fields again.
 *
 * @param entered the six day, month and year fields as typed ("" when blank), for the date inputs
 * @param errors  a date that is not real, or a range that ends before it starts; the search is not run then
 */
public record IssueDates(@Nullable LocalDate from, @Nullable LocalDate to, Map<String, Object> entered,
                         List<FieldError> errors) {

    private static final String FROM = "from";
    private static final String TO = "to";
    private static final List<String> FIELDS = List.of("from-day", "from-month", "from-year", "to-day", "to-month",
            "to-year");

    public IssueDates {
        entered = Map.copyOf(entered);
        errors = List.copyOf(errors);
    }

    static IssueDates read(Map<String, Object> form) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = DateFields.readOptional(form, FROM, "the first issue date", errors);
        LocalDate to = DateFields.readOptional(form, TO, "the last issue date", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError(TO + "-day", "The last issue date must be the same as or after the first"));
        }
        Map<String, Object> entered = new LinkedHashMap<>();
        DateFields.keep(form, FROM, entered);
        DateFields.keep(form, TO, entered);
        return new IssueDates(from, to, entered, errors);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** The query string pairs of the fields typed in, in the form's order; none when both dates are blank. */
    List<String> queryPairs() {
        List<String> pairs = new ArrayList<>();
        for (String field : FIELDS) {
            Object value = entered.get(field);
            if (value != null && !value.toString().isEmpty()) {
                pairs.add(field + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
        return pairs;
    }
}
