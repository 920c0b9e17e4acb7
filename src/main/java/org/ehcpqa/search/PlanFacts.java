package org.ehcpqa.search;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.PlanMetadata;

import java.time.LocalDate;
import java.util.Locale;

/** Plan-level values derived from metadata for filtering: phase, key stage and setting type. */
final class PlanFacts {

    private PlanFacts() {
    }

    /** early_years, primary, secondary or post_16, from the National Curriculum year. */
    static @Nullable String phase(@Nullable String schoolYear) {
        Integer year = yearNumber(schoolYear);
        if (year == null) {
            return null;
        }
        if (year < 1) {
            return "early_years";
        }
        if (year <= 6) {
            return "primary";
        }
        if (year <= 11) {
            return "secondary";
        }
        return "post_16";
    }

    /** EYFS, KS1 to KS5, or post_19. */
    static @Nullable String keyStage(@Nullable String schoolYear) {
        Integer year = yearNumber(schoolYear);
        if (year == null) {
            return null;
        }
        if (year < 1) {
            return "eyfs";
        }
        if (year <= 2) {
            return "ks1";
        }
        if (year <= 6) {
            return "ks2";
        }
        if (year <= 9) {
            return "ks3";
        }
        if (year <= 11) {
            return "ks4";
        }
        return year <= 13 ? "ks5" : "post_19";
    }

    /** Nursery and Reception are 0 and below, Year n is n, Post-19 is 14; null when unknown. */
    private static @Nullable Integer yearNumber(@Nullable String schoolYear) {
        if (schoolYear == null || schoolYear.isBlank()) {
            return null;
        }
        String lower = schoolYear.toLowerCase(Locale.ROOT);
        if (lower.contains("nursery")) {
            return -1;
        }
        if (lower.contains("reception")) {
            return 0;
        }
        if (lower.contains("post-19") || lower.contains("post 19")) {
            return 14;
        }
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("year\\s*(\\d{1,2})").matcher(lower);
        if (number.find()) {
            return Integer.parseInt(number.group(1));
        }
        return lower.contains("post-16") ? 12 : null;
    }

    /** A coarse type of the named setting: special, further_education, early_years, mainstream or other. */
    static @Nullable String settingType(@Nullable String setting) {
        if (setting == null || setting.isBlank()) {
            return null;
        }
        String lower = setting.toLowerCase(Locale.ROOT);
        if (lower.contains("special")) {
            return "special";
        }
        if (lower.contains("college") || lower.contains("post-16") || lower.contains("sixth form")) {
            return "further_education";
        }
        if (lower.contains("nursery") || lower.contains("early years") || lower.contains("pre-school")) {
            return "early_years";
        }
        if (lower.contains("school") || lower.contains("academy") || lower.contains("mainstream")) {
            return "mainstream";
        }
        return "other";
    }

    static @Nullable String year(@Nullable LocalDate issueDate) {
        return issueDate == null ? null : Integer.toString(issueDate.getYear());
    }

    static @Nullable String status(PlanMetadata metadata) {
        return metadata.issueStatus() == null ? null : metadata.issueStatus().name().toLowerCase(Locale.ROOT);
    }
}
