package org.ehcpqa.report;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ehcpqa.audit.AuditService;
import org.ehcpqa.security.Roles;

/**
 * The audit report for the caseworker. The audit feature decides what may be shown: a moderator still rating blind
 * is refused here exactly as on {@code GET /api/audits/{id}/report-view}.
 */
@Controller("/api/reports/audits")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
@Tag(name = "Reports")
class AuditReportController {

    private static final String TEMPLATE = "audit-report";

    private final AuditService audits;
    private final AuditReportAssembler assembler;
    private final ReportService reports;

    AuditReportController(AuditService audits, AuditReportAssembler assembler, ReportService reports) {
        this.audits = audits;
        this.assembler = assembler;
        this.reports = reports;
    }

    @Get(uri = "/{auditId}.html", produces = MediaType.TEXT_HTML)
    @Operation(summary = "The audit report for the caseworker, as HTML")
    HttpResponse<String> html(long auditId, Authentication user) {
        AuditReport report = assembler.assemble(audits.reportView(auditId, user));
        long start = System.nanoTime();
        String html = reports.renderHtml(TEMPLATE, report);
        return ReportDownloads.html(html, "audit-" + auditId + ".html", System.nanoTime() - start);
    }

    @Get(uri = "/{auditId}.pdf", produces = MediaType.APPLICATION_PDF)
    @Operation(summary = "The audit report for the caseworker, as PDF")
    HttpResponse<byte[]> pdf(long auditId, Authentication user) {
        AuditReport report = assembler.assemble(audits.reportView(auditId, user));
        long start = System.nanoTime();
        byte[] pdf = reports.renderPdf(TEMPLATE, report);
        return ReportDownloads.pdf(pdf, "audit-" + auditId + ".pdf", System.nanoTime() - start);
    }
}
