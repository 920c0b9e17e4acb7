package org.ehcpqa.report;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.ehcpqa.security.Roles;
import org.ehcpqa.web.ProblemException;

/**
 * A report template rendered with fictional sample content, so an administrator who edits a
 * template in the template folder sees the result at once, before real audits or events exist.
 */
@Controller("/api/reports/preview")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class ReportPreviewController {

    private final ReportService reports;

    ReportPreviewController(ReportService reports) {
        this.reports = reports;
    }

    @Get(uri = "/{template}.html", produces = MediaType.TEXT_HTML)
    HttpResponse<String> html(String template) {
        Object sample = sample(template);
        long start = System.nanoTime();
        String html = reports.renderHtml(template, sample);
        return ReportDownloads.html(html, template + "-preview.html", System.nanoTime() - start);
    }

    @Get(uri = "/{template}.pdf", produces = MediaType.APPLICATION_PDF)
    HttpResponse<byte[]> pdf(String template) {
        Object sample = sample(template);
        long start = System.nanoTime();
        byte[] pdf = reports.renderPdf(template, sample);
        return ReportDownloads.pdf(pdf, template + "-preview.pdf", System.nanoTime() - start);
    }

    private static Object sample(String template) {
        Object sample = SampleReports.forTemplate(template);
        if (sample == null) {
            throw new ProblemException(404, "template-not-found", "Template not found",
                    "There is no sample content for a template of that name. Previews exist for audit-report,"
                            + " practice-event-report, trend-report and training-pack.");
        }
        return sample;
    }
}
