package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * How the columns of a council's audit spreadsheet map onto audits. Column names are matched with the header row,
 * ignoring case and surrounding spaces. One row is one final audit.
 *
 * @param framework  the framework the historical ratings were given on (its active version is recorded)
 * @param columns    which column holds what
 * @param ratings    spreadsheet value to level id, e.g. {"RI": "requires-improvement"}; level ids and labels are
 *                   understood without it
 * @param results    spreadsheet value to MET, PARTLY_MET, NOT_MET or NOT_APPLICABLE, e.g. {"Yes": "MET"}
 * @param dateFormat how dates are written (java.time pattern), when not ISO (2025-02-04); e.g. "dd/MM/yyyy"
 */
@Serdeable
public record ImportMapping(@Nullable String framework, Columns columns, @Nullable Map<String, String> ratings,
                            @Nullable Map<String, String> results, @Nullable String dateFormat) {

    /**
     * @param auditedOn required: when the audit was done
     * @param overall   required: the overall rating
     * @param sections  section code to the column of its rating
     * @param criteria  criterion id to the column of its judgement
     */
    @Serdeable
    public record Columns(String auditedOn, String overall, @Nullable String auditor, @Nullable String team,
                          @Nullable String caseworker, @Nullable String primaryNeed, @Nullable String phase,
                          @Nullable String issueDate, @Nullable String planId, @Nullable Map<String, String> sections,
                          @Nullable Map<String, String> criteria) {
    }
}
