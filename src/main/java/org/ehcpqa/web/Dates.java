package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them ("4 February 2025"), in UK time, for templates (as {@code dates}). */
public final class Dates {

    static final Dates INSTANCE = new Dates();
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private Dates() {
    }

    public String day(@Nullable LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(UK));
    }
}
