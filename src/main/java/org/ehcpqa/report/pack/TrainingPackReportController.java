package org.ehcpqa.report.pack;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.ehcpqa.report.ReportDownloads;
import org.ehcpqa.report.ReportService;
import org.ehcpqa.report.TrainingPack;
import org.ehcpqa.security.Roles;

/** A training pack as a document to hand out: PDF, or HTML that opens and prints anywhere. */
@Controller("/api/reports/training-packs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.TRAINER, Roles.QA_OFFICER, Roles.MANAGER})
class TrainingPackReportController {

    static final String TEMPLATE = "training-pack";

    private final TrainingPacks packs;
    private final ReportService reports;

    TrainingPackReportController(TrainingPacks packs, ReportService reports) {
        this.packs = packs;
        this.reports = reports;
    }

    @Get(uri = "/{id}.pdf", produces = MediaType.APPLICATION_PDF)
    HttpResponse<byte[]> pdf(long id) {
        TrainingPack pack = packs.view(id);
        long start = System.nanoTime();
        byte[] pdf = reports.renderPdf(TEMPLATE, pack);
        return ReportDownloads.pdf(pdf, "training-pack-" + id + ".pdf", System.nanoTime() - start);
    }

    @Get(uri = "/{id}.html", produces = MediaType.TEXT_HTML)
    HttpResponse<String> html(long id) {
        TrainingPack pack = packs.view(id);
        long start = System.nanoTime();
        String html = reports.renderHtml(TEMPLATE, pack);
        return ReportDownloads.html(html, "training-pack-" + id + ".html", System.nanoTime() - start);
    }
}
