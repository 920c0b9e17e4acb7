package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ehcpqa.audit.AuditReportView;
import org.ehcpqa.audit.AuditService;
import org.ehcpqa.security.Roles;
import org.ehcpqa.web.ProblemException;

import java.time.LocalDate;
import java.util.List;

/**
 * Audits and findings as CSV and XLSX, filtered by the day audited (or opened, for drafts). An audit the caller is
 * still moderating blind is left out, so an export never shows them the first auditor's ratings.
 */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
@Tag(name = "Reports")
class AuditExportController {

    /** Each audit row costs a few queries; a council's year of audits fits well below this. */
    static final int MAX_AUDITS = 20_000;

    private final AuditService audits;
    private final AuditExports exports;
    private final TableExporter exporter;

    AuditExportController(AuditService audits, AuditExports exports, TableExporter exporter) {
        this.audits = audits;
        this.exports = exports;
        this.exporter = exporter;
    }

    @Get(uri = "/audits.csv", produces = "text/csv")
    @Operation(summary = "One row per audit audited between from and to (inclusive), as CSV")
    HttpResponse<byte[]> auditsCsv(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                   Authentication user) {
        long start = System.nanoTime();
        byte[] csv = exporter.csv(exports.audits(views(from, to, user)));
        return ReportDownloads.csv(csv, "audits.csv", System.nanoTime() - start);
    }

    @Get(uri = "/audits.xlsx", produces = TableExporter.XLSX_MEDIA_TYPE)
    @Operation(summary = "One row per audit audited between from and to (inclusive), as XLSX")
    HttpResponse<byte[]> auditsXlsx(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                    Authentication user) {
        long start = System.nanoTime();
        byte[] xlsx = exporter.xlsx(exports.audits(views(from, to, user)));
        return ReportDownloads.xlsx(xlsx, "audits.xlsx", System.nanoTime() - start);
    }

    @Get(uri = "/findings.csv", produces = "text/csv")
    @Operation(summary = "One row per finding of the audits audited between from and to (inclusive), as CSV")
    HttpResponse<byte[]> findingsCsv(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                     Authentication user) {
        long start = System.nanoTime();
        byte[] csv = exporter.csv(exports.findings(views(from, to, user)));
        return ReportDownloads.csv(csv, "findings.csv", System.nanoTime() - start);
    }

    @Get(uri = "/findings.xlsx", produces = TableExporter.XLSX_MEDIA_TYPE)
    @Operation(summary = "One row per finding of the audits audited between from and to (inclusive), as XLSX")
    HttpResponse<byte[]> findingsXlsx(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                      Authentication user) {
        long start = System.nanoTime();
        byte[] xlsx = exporter.xlsx(exports.findings(views(from, to, user)));
        return ReportDownloads.xlsx(xlsx, "findings.xlsx", System.nanoTime() - start);
    }

    private List<AuditReportView> views(@Nullable LocalDate from, @Nullable LocalDate to, Authentication user) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ProblemException(400, "bad-period", "Bad period", "from must not be after to.");
        }
        return audits.reportViews(from, to, user, MAX_AUDITS);
    }
}
