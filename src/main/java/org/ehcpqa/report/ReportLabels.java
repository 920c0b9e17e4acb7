package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * Turns the ids the features store (DRAFT, PARTLY_MET, requires-improvement, AREA_FOR_DEVELOPMENT) into the words a
 * report reader expects ("Draft", "Partly met", "Requires improvement", "Area for development").
 */
final class ReportLabels {

    private ReportLabels() {
    }

    /** "PARTLY_MET" and "requires-improvement" alike become sentence case; null stays null. */
    @Nullable
    static String words(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String spaced = id.trim().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    @Nullable
    static String words(@Nullable Enum<?> value) {
        return value == null ? null : words(value.name());
    }
}
