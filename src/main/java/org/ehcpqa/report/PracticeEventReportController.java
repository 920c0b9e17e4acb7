package org.ehcpqa.report;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ehcpqa.practice.PracticeService;
import org.ehcpqa.security.Roles;

/** The practice event report, for the same readers as {@code GET /api/practice-events/{id}}. */
@Controller("/api/reports/practice-events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
@Tag(name = "Reports")
class PracticeEventReportController {

    private static final String TEMPLATE = "practice-event-report";

    private final PracticeService events;
    private final PracticeEventReportAssembler assembler;
    private final ReportService reports;

    PracticeEventReportController(PracticeService events, PracticeEventReportAssembler assembler,
                                  ReportService reports) {
        this.events = events;
        this.assembler = assembler;
        this.reports = reports;
    }

    @Get(uri = "/{id}.html", produces = MediaType.TEXT_HTML)
    @Operation(summary = "The practice event report, as HTML")
    HttpResponse<String> html(long id) {
        PracticeEventReport report = assembler.assemble(events.view(id));
        long start = System.nanoTime();
        String html = reports.renderHtml(TEMPLATE, report);
        return ReportDownloads.html(html, "practice-event-" + id + ".html", System.nanoTime() - start);
    }

    @Get(uri = "/{id}.pdf", produces = MediaType.APPLICATION_PDF)
    @Operation(summary = "The practice event report, as PDF")
    HttpResponse<byte[]> pdf(long id) {
        PracticeEventReport report = assembler.assemble(events.view(id));
        long start = System.nanoTime();
        byte[] pdf = reports.renderPdf(TEMPLATE, report);
        return ReportDownloads.pdf(pdf, "practice-event-" + id + ".pdf", System.nanoTime() - start);
    }
}
