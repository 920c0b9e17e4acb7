package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.ehcpqa.trend.Dimension;
import org.ehcpqa.trend.TrendTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns the trend feature's tables into report {@link Table}s and a {@link TrendReport}. The numbers are copied,
 * never recomputed, so a CSV, a spreadsheet, a PDF and the JSON trend endpoint all show the same counts.
 */
@Singleton
class TrendReportAssembler {

    /** One row per period and key: a count per level (best first), the total and the share the trend names. */
    Table distribution(TrendTable trend) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Period"));
        columns.add(Column.text(keyHeading(trend)));
        trend.levelLabels().forEach(label -> columns.add(Column.integer(label)));
        columns.add(Column.integer("Total"));
        columns.add(Column.percent(shareHeading(trend)));
        List<List<Object>> rows = new ArrayList<>();
        for (TrendTable.Row row : trend.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.period());
            cells.add(row.key());
            cells.addAll(row.counts());
            cells.add(row.total());
            cells.add(row.share());
            rows.add(cells);
        }
        return new Table(trend.title(), columns, rows);
    }

    /** The share column alone, for boards that read only that. */
    Table share(TrendTable trend) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrendTable.Row row : trend.rows()) {
            rows.add(Arrays.asList(row.period(), row.key(), row.total(), row.share()));
        }
        return new Table("Share " + trend.share(), List.of(Column.text("Period"), Column.text(keyHeading(trend)),
                Column.integer("Ratings"), Column.percent(shareHeading(trend))), rows);
    }

    TrendReport report(TrendTable distribution, TrendTable notMet, Dimension by, String period,
                       @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String section,
                       @Nullable String value) {
        LocalDate today = LocalDate.now();
        String scope = distribution.framework() + ", by " + words(by.name())
                + (section == null || section.isBlank() ? "" : ", section " + section.trim())
                + (value == null || value.isBlank() ? "" : ", " + words(by.name()) + " " + value.trim());
        long ratings = distribution.rows().stream().mapToLong(TrendTable.Row::total).sum();
        List<String> notes = List.of(
                "Counts are the confirmed ratings of final audits: the rating agreed at moderation where there was"
                        + " one, otherwise the auditor's. " + ratings + " ratings are counted in this report.",
                "Share " + distribution.share() + " is the proportion of counted ratings at that level or better.");
        return new TrendReport("Quality of EHC plans: trends", scope, from == null ? earliest(distribution, today)
                : from, to == null ? today : to, "QUARTER".equals(period) ? "Quarter" : "Month",
                List.of(distribution(distribution)), share(distribution), distribution(notMet), notes);
    }

    private static LocalDate earliest(TrendTable trend, LocalDate otherwise) {
        return trend.rows().stream().map(TrendTable.Row::period).filter(p -> p.matches("\\d{4}-(\\d{2}|Q\\d)"))
                .sorted().findFirst().map(TrendReportAssembler::firstDay).orElse(otherwise);
    }

    private static LocalDate firstDay(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.charAt(5) == 'Q') {
            return LocalDate.of(year, (period.charAt(6) - '1') * 3 + 1, 1);
        }
        return LocalDate.of(year, Integer.parseInt(period.substring(5, 7)), 1);
    }

    private static String keyHeading(TrendTable trend) {
        String heading = words(trend.by());
        return heading.isBlank() ? "Key" : Character.toUpperCase(heading.charAt(0)) + heading.substring(1);
    }

    private static String shareHeading(TrendTable trend) {
        String share = trend.share() == null || trend.share().isBlank() ? "share" : trend.share();
        return "Share " + share;
    }

    private static String words(String id) {
        return id == null ? "" : id.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
