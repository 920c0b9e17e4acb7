package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * What a trend report for managers and boards shows (templates/trend-report.html). The figures
 * are {@link Table}s so the same numbers export to CSV and XLSX unchanged.
 *
 * @param scope             who and what is covered ("All teams, statutory baseline framework")
 * @param periodUnit        "Month" or "Quarter"
 * @param distributions     rating distributions per period, one table per dimension (section,
 *                          team, need, phase...): rows are period and dimension value, columns the
 *                          count of each rating
 * @param shareGoodOrBetter the share of ratings good or better per period and dimension
 * @param mostOftenNotMet   the criteria most often not met, with counts and share
 * @param notes             paragraphs explaining the figures (sample sizes, changes of framework)
 */
@Serdeable
public record TrendReport(
        String title,
        String scope,
        LocalDate from,
        LocalDate to,
        String periodUnit,
        List<Table> distributions,
        @Nullable Table shareGoodOrBetter,
        @Nullable Table mostOftenNotMet,
        List<String> notes) {

    public TrendReport {
        distributions = List.copyOf(distributions);
        notes = List.copyOf(notes);
    }
}
