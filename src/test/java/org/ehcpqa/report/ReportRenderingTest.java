package org.ehcpqa.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ehcpqa.plan.SectionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRenderingTest {

    @TempDir
    Path emptyFolder;

    private ReportService service() {
        // An empty template folder: everything comes from the templates shipped in the jar.
        return new ReportService(new ReportTemplates(emptyFolder.toString()), new PdfRenderer());
    }

    @Test
    void anAuditReportPdfHoldsTheRatingsFindingsActionsAndNamesInAnyScript() throws IOException {
        byte[] pdf = service().renderPdf("audit-report", SampleReports.audit());

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text)
                .contains("Audit of Plan 4711")
                .contains("Overall rating: Requires improvement")
                .contains("The framework rule gave Good; the auditor changed it.")
                .contains("Rationale: Outcomes in E are not specific enough to measure progress.")
                .contains("A Views, interests and aspirations Outstanding")
                .contains("E Outcomes Inadequate")
                .contains("Rule gave Requires improvement. No outcome has a time frame.")
                .contains("The child's voice is vivid and in her own words")
                .contains("Outcomes lack time frames and measures")
                .contains("Rewrite the outcomes in section E with dates and measures")
                .contains("30 April 2025")
                .contains("None of the four outcomes says by when.")
                .contains("Zoë Ńowak-Øster")
                .contains("Ярослава Петренко")
                .contains("Tomasz Wiśniewski");
    }

    @Test
    void everyShippedTemplateRendersToHtmlAndPdf() throws IOException {
        ReportService service = service();
        List<Object[]> reports = List.of(
                new Object[] {"audit-report", SampleReports.audit(), "Audit of Plan 4711"},
                new Object[] {"practice-event-report", SampleReports.practiceEvent(), "Outcomes without time frames"},
                new Object[] {"trend-report", SampleReports.trends(4), "E-SMART"},
                new Object[] {"training-pack", SampleReports.trainingPack(3), "Writing SMART outcomes"});
        for (Object[] report : reports) {
            String html = service.renderHtml((String) report[0], report[1]);
            assertThat(html).as((String) report[0]).contains((String) report[2]).contains("<th scope=");
            assertThat(text(service.renderPdf((String) report[0], report[1]))).as((String) report[0])
                    .contains((String) report[2]);
        }
    }

    @Test
    void trendTablesShowTheNumbersOfTheTable() throws IOException {
        String text = text(service().renderPdf("trend-report", SampleReports.trends(2)));
        assertThat(text).contains("2023 Q1 120 50%").contains("2023 Q2 121 51%").contains("E-SMART E 412 62%")
                .contains("2023 Q2 E 4 24 11 2");
    }

    @Test
    void planTextWithMarkupIsShownAsTextNeverRun() throws IOException {
        TrainingPack pack = new TrainingPack(1, "Escaping <b>check</b>", null, "trainer", null, List.of(
                new TrainingPack.Item(1, 1, 2, SectionCode.A, "Views", "Child A wrote <script>alert('x')</script> & more",
                        null, null, null, "<img src=x onerror=alert(1)>")));
        ReportService service = service();

        String html = service.renderHtml("training-pack", pack);
        assertThat(html).doesNotContain("<script>").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .contains("Escaping &lt;b&gt;check&lt;/b&gt;");
        assertThat(text(service.renderPdf("training-pack", pack)))
                .contains("Child A wrote <script>alert('x')</script> & more")
                .contains("<img src=x onerror=alert(1)>");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Line breaks and wrapping are layout, not content: compare text with single spaces.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
