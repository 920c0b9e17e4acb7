package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.audit.PlanPeople;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.trend.Dimension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trend page's filters, read from its query string and resolved into the parameters of
 * {@code GET /api/trends/distribution}. The counts behind every trend are kept per dimension (team, caseworker, need,
 * phase or criterion), never per combination of them, so at most one of those may be chosen: it becomes the table's
 * cut ({@code by}) and its {@code value}. The page calls the trend service and builds its export links from this one
 * resolution, so a download holds exactly the numbers on the page.
 *
 * @param chosen  what the user chose, by field name, to fill the form again (blank fields absent)
 * @param by      the cut of the distribution table
 * @param value   the one team, caseworker, need, phase or criterion, or null
 * @param section the API's section parameter: OVERALL, a section code, or null for every section
 * @param from    the first day of the first month, or null for no lower bound
 * @param to      the first day of the last month (the trend service counts that whole month), or null
 */
record TrendFilter(Map<String, String> chosen, Dimension by, @Nullable String value, boolean quarterly,
                   @Nullable String section, @Nullable LocalDate from, @Nullable LocalDate to,
                   List<FieldError> errors) {

    static final String ALL_SECTIONS = "ALL";
    static final String OVERALL = "OVERALL";
    /** The single-value filters, in the order the form shows them. */
    static final List<String> CUTS = List.of("team", "caseworker", "need", "phase", "criterion");

    static TrendFilter read(Map<String, String> query) {
        Map<String, String> chosen = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = month(query, "from", chosen, errors);
        LocalDate to = month(query, "to", chosen, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "The last month must be the same as or after the first month"));
        }
        boolean quarterly = "quarter".equalsIgnoreCase(query.get("period"));
        chosen.put("period", quarterly ? "quarter" : "month");
        String section = section(query.get("section"));
        if (section == null) {
            errors.add(new FieldError("section", "Choose a section from the list"));
            section = OVERALL;
        }
        chosen.put("section", section);
        Dimension by = Dimension.SECTION;
        String value = null;
        for (String cut : CUTS) {
            String given = Forms.blankToNull(query.get(cut));
            if (given == null) {
                continue;
            }
            chosen.put(cut, given);
            if (value == null) {
                by = Dimension.valueOf(cut.toUpperCase(java.util.Locale.ROOT));
                value = given;
            } else {
                errors.add(new FieldError(cut, "Choose only one of team, caseworker, need, phase or criterion: the"
                        + " counts are kept for each of them separately, so two cannot be combined"));
            }
        }
        String apiSection = ALL_SECTIONS.equals(section) ? null : section;
        if (by == Dimension.CRITERION && OVERALL.equals(apiSection)) {
            // Criteria belong to sections; the overall rating has none, so a criterion is counted wherever it is.
            apiSection = null;
        }
        return new TrendFilter(chosen, by, value, quarterly, apiSection, from, to, List.copyOf(errors));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** The section as the not-met and agreement figures take it: a section code, or null for all. */
    @Nullable
    String sectionCode() {
        return section == null || OVERALL.equals(section) ? null : section;
    }

    /** The team or caseworker chosen, to narrow the figures read from audits as the table is. */
    PlanPeople people() {
        return by.people(value);
    }

    /** The last day counted, for figures that take days (moderation agreement). */
    @Nullable
    LocalDate lastDay() {
        return to == null ? null : YearMonth.from(to).atEndOfMonth();
    }

    /** The query string of the report and export endpoints, the same parameters the page's figures came from. */
    String exportQuery(String framework) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("framework", framework);
        parameters.put("by", by.name().toLowerCase(java.util.Locale.ROOT));
        parameters.put("period", quarterly ? "quarter" : "month");
        parameters.put("from", from == null ? null : from.toString());
        // The last day of the last month: the trend service counts whole months either way, and a report then
        // names the period as the page does ("to 31 March 2025", not "to 1 March").
        parameters.put("to", to == null ? null : lastDay().toString());
        parameters.put("section", section);
        parameters.put("value", value);
        List<String> pairs = new ArrayList<>();
        parameters.forEach((key, v) -> {
            if (v != null) {
                pairs.add(key + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return String.join("&", pairs);
    }

    @Nullable
    private static LocalDate month(Map<String, String> query, String field, Map<String, String> chosen,
                                   List<FieldError> errors) {
        String given = Forms.blankToNull(query.get(field));
        if (given == null) {
            return null;
        }
        chosen.put(field, given);
        try {
            return YearMonth.parse(given).atDay(1);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, ("from".equals(field) ? "The first month" : "The last month")
                    + " must be a year and month, like 2025-04"));
            return null;
        }
    }

    /** OVERALL when not given; ALL; or a section code. Null when the value is none of these. */
    @Nullable
    private static String section(@Nullable String given) {
        String value = Forms.blankToNull(given);
        if (value == null || value.equalsIgnoreCase(OVERALL)) {
            return OVERALL;
        }
        if (value.equalsIgnoreCase(ALL_SECTIONS)) {
            return ALL_SECTIONS;
        }
        return SectionCode.parse(value).map(Enum::name).orElse(null);
    }
}
