package org.ehcpqa.report;

import org.ehcpqa.web.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTemplatesTest {

    @TempDir
    Path folder;

    @Test
    void aTemplateEditedOnDiskChangesTheNextRenderWithoutARestart() throws IOException {
        ReportService service = new ReportService(new ReportTemplates(folder.toString()), new PdfRenderer());
        Path template = folder.resolve("training-pack.html");
        write(template, "<html lang=\"en\"><head><title>t</title></head><body><h1 th:text=\"'First: ' + ${report.title}\">x</h1></body></html>",
                Instant.parse("2025-01-01T10:00:00Z"));
        assertThat(service.renderHtml("training-pack", SampleReports.trainingPack(1))).contains("First: Writing SMART outcomes");

        write(template, "<html lang=\"en\"><head><title>t</title></head><body><h1 th:text=\"'Second: ' + ${report.title}\">x</h1></body></html>",
                Instant.parse("2025-01-01T10:00:05Z"));
        assertThat(service.renderHtml("training-pack", SampleReports.trainingPack(1))).contains("Second: Writing SMART outcomes");
        assertThat(ReportRenderingTest.text(service.renderPdf("training-pack", SampleReports.trainingPack(1))))
                .contains("Second: Writing SMART outcomes");

        Files.delete(template);
        assertThat(service.renderHtml("training-pack", SampleReports.trainingPack(1)))
                .as("with the council's copy gone, the shipped template is used again")
                .contains("Contents").doesNotContain("Second:");
    }

    @Test
    void anEditedStylesheetIsInlinedInTheNextRender() throws IOException {
        ReportService service = new ReportService(new ReportTemplates(folder.toString()), new PdfRenderer());
        assertThat(service.renderHtml("audit-report", SampleReports.audit())).contains("@page");
        write(folder.resolve("report.css"), "h1 { color: #00703c; }", Instant.parse("2025-01-01T10:00:00Z"));
        assertThat(service.renderHtml("audit-report", SampleReports.audit())).contains("#00703c").doesNotContain("@page");
    }

    @Test
    void aMissingFolderFallsBackToTheShippedTemplates() {
        ReportService service = new ReportService(new ReportTemplates(folder.resolve("absent").toString()),
                new PdfRenderer());
        assertThat(service.renderHtml("trend-report", SampleReports.trends(1))).contains("Plan quality trends");
    }

    @Test
    void onlyPlainTemplateNamesAreAccepted() {
        ReportTemplates templates = new ReportTemplates(folder.toString());
        for (String name : List.of("../pom", "/etc/passwd", "audit-report.html", "Audit-Report", "no-such-report", "")) {
            assertThatThrownBy(() -> templates.render(name, Map.of())).as(name)
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.toProblem().type()).isEqualTo("/problems/template-not-found"));
        }
    }

    @Test
    void aTemplateThatIsNotWellFormedGivesAProblemForThePdfButStillRendersHtml() throws IOException {
        ReportService service = new ReportService(new ReportTemplates(folder.toString()), new PdfRenderer());
        write(folder.resolve("training-pack.html"),
                "<html lang=\"en\"><head><title>t</title></head><body><p>Open<br></p></body></html>",
                Instant.parse("2025-01-01T10:00:00Z"));
        assertThat(service.renderHtml("training-pack", SampleReports.trainingPack(1))).contains("Open");
        assertThatThrownBy(() -> service.renderPdf("training-pack", SampleReports.trainingPack(1)))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.toProblem().type()).isEqualTo("/problems/report-not-rendered"));
    }

    @Test
    void theTemplatesFolderOfTheRepositoryMatchesTheCopiesShippedInTheJar() throws IOException {
        Path repositoryCopies = Path.of("templates");
        for (String file : List.of("audit-report.html", "practice-event-report.html", "trend-report.html",
                "training-pack.html", "report.css")) {
            try (InputStream shipped = getClass().getClassLoader().getResourceAsStream("report-templates/" + file)) {
                assertThat(shipped).as(file).isNotNull();
                assertThat(Files.readString(repositoryCopies.resolve(file), StandardCharsets.UTF_8)).as(file)
                        .isEqualTo(new String(shipped.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static void write(Path file, String content, Instant modified) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
