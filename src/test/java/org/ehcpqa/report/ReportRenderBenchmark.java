package org.ehcpqa.report;

import org.ehcpqa.plan.SectionCode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long each report takes to render, at realistic sizes, tagged (PDF/UA, the default) and
 * untagged. Wall time on a shared machine says little, so thread CPU time is printed beside it.
 * The assertions check the documents are complete. A benchmark, not a test (it takes minutes):
 * {@code ./mvnw -B -Pbenchmark test-compile exec:exec -Dbench.main=org.ehcpqa.report.ReportRenderBenchmark}
 */
public final class ReportRenderBenchmark {

    private ReportRenderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        eachReportRendersCompletelyAndItsTimeIsPrinted();
    }

    private static final int WARM_RUNS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static void eachReportRendersCompletelyAndItsTimeIsPrinted() throws IOException {
        ReportTemplates templates = new ReportTemplates(Path.of("templates").toString());
        ReportService tagged = new ReportService(templates, new PdfRenderer(true));
        ReportService untagged = new ReportService(templates, new PdfRenderer(false));
        List<Object[]> reports = List.of(
                new Object[] {"audit-report", largeAudit(), "E-C30"},
                new Object[] {"practice-event-report", SampleReports.practiceEvent(), "Next session in July."},
                new Object[] {"trend-report", SampleReports.trends(8), "2024 Q4 K"},
                new Object[] {"training-pack", SampleReports.trainingPack(12), "Example 12"});
        System.out.println("report                 | HTML ms (cpu) | PDF/UA first ms | PDF/UA ms (cpu) | PDF untagged ms (cpu) | pages | bytes");
        for (Object[] report : reports) {
            String name = (String) report[0];
            Object model = report[1];
            long firstStart = System.nanoTime();
            byte[] first = tagged.renderPdf(name, model);
            long firstMs = (System.nanoTime() - firstStart) / 1_000_000;
            double[] html = median(() -> tagged.renderHtml(name, model));
            double[] pdf = median(() -> tagged.renderPdf(name, model));
            double[] plain = median(() -> untagged.renderPdf(name, model));
            String text = ReportRenderingTest.text(first);
            int pages;
            try (var document = org.apache.pdfbox.Loader.loadPDF(first)) {
                pages = document.getNumberOfPages();
            }
            System.out.printf("%-22s | %5.0f (%5.0f) | %15d | %6.0f (%6.0f) | %8.0f (%6.0f)     | %5d | %d%n",
                    name, html[0], html[1], firstMs, pdf[0], pdf[1], plain[0], plain[1], pages, first.length);
            assertThat(text).as(name).contains((String) report[2]);
        }
    }

    /** Median wall and thread CPU milliseconds of {@link #WARM_RUNS} renders. */
    private static double[] median(Supplier<Object> render) {
        double[] wall = new double[WARM_RUNS];
        double[] cpu = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            assertThat(render.get()).isNotNull();
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[WARM_RUNS / 2], cpu[WARM_RUNS / 2]};
    }

    /** An audit of every section with 30 criteria, each with a comment and evidence. */
    private static AuditReport largeAudit() {
        AuditReport sample = SampleReports.audit();
        List<AuditReport.CriterionResult> criteria = new ArrayList<>();
        List<AuditReport.SectionRating> sections = new ArrayList<>();
        for (SectionCode code : SectionCode.values()) {
            sections.add(new AuditReport.SectionRating(code, code.statutoryTitle(),
                    new AuditReport.Rating("Good", null, null, "Good")));
        }
        for (int i = 1; i <= 30; i++) {
            criteria.add(new AuditReport.CriterionResult("E-C" + i, SectionCode.E, "Criterion " + i
                    + ": outcomes are specific, measurable and have a time frame", i % 3 == 0 ? "Not met" : "Met",
                    "Met", "The outcome names a skill and a date but not how progress will be measured.",
                    List.of("By July 2027 Child A will use sentences of five words to ask for help in class.")));
        }
        return new AuditReport(sample.plan(), sample.framework(), sample.status(), sample.overall(), sections,
                criteria, sample.strengths(), sample.areasForDevelopment(), sample.actions(), sample.auditor(),
                sample.moderator(), sample.auditedOn(), sample.moderatedOn(), sample.finalisedOn());
    }
}
