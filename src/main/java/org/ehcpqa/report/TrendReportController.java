package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ehcpqa.security.Roles;
import org.ehcpqa.trend.Dimension;
import org.ehcpqa.trend.TrendService;
import org.ehcpqa.trend.TrendTable;
import org.ehcpqa.web.ProblemException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The trend report and its spreadsheet exports, with the filters of {@code GET /api/trends/distribution}: the same
 * trend service answers both, so the numbers match the JSON endpoint's.
 */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.MANAGER, Roles.QA_OFFICER})
@Tag(name = "Reports")
class TrendReportController {

    private static final String TEMPLATE = "trend-report";
    private static final int NOT_MET_LIMIT = 10;

    private final TrendService trends;
    private final TrendReportAssembler assembler;
    private final ReportService reports;
    private final TableExporter exporter;

    TrendReportController(TrendService trends, TrendReportAssembler assembler, ReportService reports,
                          TableExporter exporter) {
        this.trends = trends;
        this.assembler = assembler;
        this.reports = reports;
        this.exporter = exporter;
    }

    @Get(uri = "/trends.html", produces = MediaType.TEXT_HTML)
    @Operation(summary = "The trend report as HTML (filters as GET /api/trends/distribution)")
    HttpResponse<String> html(@Nullable @QueryValue String framework, @Nullable @QueryValue String by,
                              @Nullable @QueryValue String period, @Nullable @QueryValue LocalDate from,
                              @Nullable @QueryValue LocalDate to, @Nullable @QueryValue String section,
                              @Nullable @QueryValue String value) {
        long start = System.nanoTime();
        String html = reports.renderHtml(TEMPLATE, report(framework, by, period, from, to, section, value));
        return ReportDownloads.html(html, "trends.html", System.nanoTime() - start);
    }

    @Get(uri = "/trends.pdf", produces = MediaType.APPLICATION_PDF)
    @Operation(summary = "The trend report as PDF (filters as GET /api/trends/distribution)")
    HttpResponse<byte[]> pdf(@Nullable @QueryValue String framework, @Nullable @QueryValue String by,
                             @Nullable @QueryValue String period, @Nullable @QueryValue LocalDate from,
                             @Nullable @QueryValue LocalDate to, @Nullable @QueryValue String section,
                             @Nullable @QueryValue String value) {
        long start = System.nanoTime();
        byte[] pdf = reports.renderPdf(TEMPLATE, report(framework, by, period, from, to, section, value));
        return ReportDownloads.pdf(pdf, "trends.pdf", System.nanoTime() - start);
    }

    @Get(uri = "/trends.csv", produces = "text/csv")
    @Operation(summary = "The rating distribution as CSV: the numbers of GET /api/trends/distribution")
    HttpResponse<byte[]> csv(@Nullable @QueryValue String framework, @Nullable @QueryValue String by,
                             @Nullable @QueryValue String period, @Nullable @QueryValue LocalDate from,
                             @Nullable @QueryValue LocalDate to, @Nullable @QueryValue String section,
                             @Nullable @QueryValue String value) {
        long start = System.nanoTime();
        Table table = assembler.distribution(distribution(framework, by, period, from, to, section, value));
        return ReportDownloads.csv(exporter.csv(table), "trends.csv", System.nanoTime() - start);
    }

    @Get(uri = "/trends.xlsx", produces = TableExporter.XLSX_MEDIA_TYPE)
    @Operation(summary = "The rating distribution as XLSX: the numbers of GET /api/trends/distribution")
    HttpResponse<byte[]> xlsx(@Nullable @QueryValue String framework, @Nullable @QueryValue String by,
                              @Nullable @QueryValue String period, @Nullable @QueryValue LocalDate from,
                              @Nullable @QueryValue LocalDate to, @Nullable @QueryValue String section,
                              @Nullable @QueryValue String value) {
        long start = System.nanoTime();
        Table table = assembler.distribution(distribution(framework, by, period, from, to, section, value));
        return ReportDownloads.xlsx(exporter.xlsx(table), "trends.xlsx", System.nanoTime() - start);
    }

    private TrendReport report(@Nullable String framework, @Nullable String by, @Nullable String period,
                               @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String section,
                               @Nullable String value) {
        TrendTable distribution = distribution(framework, by, period, from, to, section, value);
        // The overall rating has no criteria of its own: a report of overall ratings lists the criteria of every
        // section, as the trends page beside it does, rather than an empty table.
        String criteriaSection = section != null && section.trim().equalsIgnoreCase("OVERALL") ? null : section;
        // Cut by a team or caseworker, the criteria are that team's or caseworker's too, as on the trends page.
        TrendTable notMet = trends.mostOftenNotMet(framework, from, to, criteriaSection, dimension(by).people(value),
                NOT_MET_LIMIT);
        return assembler.report(distribution, notMet, dimension(by), period(period).name(), from, to, section, value);
    }

    private TrendTable distribution(@Nullable String framework, @Nullable String by, @Nullable String period,
                                    @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String section,
                                    @Nullable String value) {
        return trends.distribution(framework, dimension(by), period(period), from, to, section, value);
    }

    private static Dimension dimension(@Nullable String by) {
        return by == null || by.isBlank() ? Dimension.SECTION : Dimension.parse(by)
                .orElseThrow(() -> new ProblemException(400, "bad-dimension", "Bad dimension", "by must be one of "
                        + Arrays.stream(Dimension.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList() + "."));
    }

    private static TrendService.Period period(@Nullable String period) {
        if (period == null || period.isBlank()) {
            return TrendService.Period.MONTH;
        }
        try {
            return TrendService.Period.valueOf(period.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(400, "bad-period", "Bad period", "period must be month or quarter.");
        }
    }
}
