package org.ehcpqa.report;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ehcpqa.audit.AuditHttp;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports and exports under /api/reports, over audits built through the audit API on MariaDB: one final audit
 * with an override and findings, and one a second auditor is still moderating blind.
 */
@MicronautTest
class ReportsApiIT implements TestApplication {

    static final String PASSWORD = "a-long-enough-password";
    static final String STRENGTH = "Interests lead the section throughout";
    static final String ACTION = "Quantify the speech and language provision";
    static final String RATIONALE = "Views are recorded but not in the words of the child";
    static final String CHILD = "Tomos Arkwright";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    Json json;
    ApiClient admin;
    AuditHttp qa1;
    AuditHttp qa2;
    ApiClient qa2Client;
    AuditHttp managerHttp;
    ApiClient manager;
    ApiClient trainer;
    String team;
    String caseworker;
    long planId;
    long finalAudit;
    long blindAudit;
    long actionFindingId;

    @BeforeAll
    void auditsThroughTheApi() {
        json = new Json(mapper);
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        team = "Report team " + suffix;
        caseworker = "Caseworker " + suffix;
        qa1 = user("rqa1-" + suffix, "QA_OFFICER");
        qa2 = user("rqa2-" + suffix, "QA_OFFICER");
        qa2Client = ApiClient.basic(server.getURI(), "rqa2-" + suffix, PASSWORD);
        managerHttp = user("rmgr-" + suffix, "MANAGER");
        manager = ApiClient.basic(server.getURI(), "rmgr-" + suffix, PASSWORD);
        user("rtrn-" + suffix, "TRAINER");
        trainer = ApiClient.basic(server.getURI(), "rtrn-" + suffix, PASSWORD);

        HttpResponse<String> uploaded = admin.upload("/api/plans", "plan.txt",
                SamplePlans.text(CHILD, "03/09/2015", "14/01/2025", UUID.randomUUID().toString()),
                Map.of("team", team, "caseworker", caseworker));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        planId = json.parse(uploaded.body()).get("id").getLongValue();

        // The final audit: everything met but section F; A overridden to good; a strength and an action.
        finalAudit = open();
        rateAll(finalAudit, true);
        assertThat(qa1.put("/api/audits/" + finalAudit + "/overrides/A",
                "{\"rating\":\"good\",\"rationale\":\"" + RATIONALE + "\"}", 1).statusCode()).isEqualTo(200);
        assertThat(qa1.post("/api/audits/" + finalAudit + "/findings",
                "{\"kind\":\"STRENGTH\",\"section\":\"A\",\"text\":\"" + STRENGTH + "\"}", 2).statusCode())
                .isEqualTo(201);
        HttpResponse<String> action = qa1.post("/api/audits/" + finalAudit + "/findings", """
                {"kind":"ACTION","section":"F","text":"%s","actionOwner":"%s","actionDue":"2026-03-31"}"""
                .formatted(ACTION, caseworker), 3);
        assertThat(action.statusCode()).as(action.body()).isEqualTo(201);
        JsonNode findings = json.parse(action.body()).get("findings");
        actionFindingId = findings.get(findings.size() - 1).get("id").getLongValue();
        assertThat(qa1.post("/api/audits/" + finalAudit + "/submit", "{}", 4).statusCode()).isEqualTo(200);
        HttpResponse<String> finalised = qa1.post("/api/audits/" + finalAudit + "/final", "{}", 5);
        assertThat(finalised.statusCode()).as(finalised.body()).isEqualTo(200);

        // The blind one: submitted, and the second auditor has started moderating it.
        blindAudit = open();
        rateAll(blindAudit, false);
        assertThat(qa1.post("/api/audits/" + blindAudit + "/submit", "{}", 1).statusCode()).isEqualTo(200);
        HttpResponse<String> moderation = qa2.post("/api/audits/" + blindAudit + "/moderation", "{}", 2);
        assertThat(moderation.statusCode()).as(moderation.body()).isEqualTo(201);
    }

    AuditHttp user(String name, String role) {
        HttpResponse<String> created = admin.postJson("/api/users", """
                {"username":"%s","password":"%s","displayName":"%s","roles":["%s"]}""".formatted(name, PASSWORD, name,
                role));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new AuditHttp(server.getURI(), name, PASSWORD);
    }

    long open() {
        HttpResponse<String> opened = qa1.post("/api/audits", "{\"planId\":" + planId
                + ",\"framework\":\"statutory-baseline\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return json.parse(opened.body()).get("id").getLongValue();
    }

    void rateAll(long auditId, boolean weakF) {
        JsonNode audit = json.parse(qa1.get("/api/audits/" + auditId).body());
        StringBuilder ratings = new StringBuilder();
        for (JsonNode section : audit.get("sections").values()) {
            boolean notMet = weakF && section.get("code").getStringValue().equals("F");
            for (JsonNode criterion : section.get("criteria").values()) {
                ratings.append(ratings.isEmpty() ? "" : ",").append("{\"criterionId\":\"")
                        .append(criterion.get("id").getStringValue()).append("\",\"result\":\"")
                        .append(notMet ? "NOT_MET" : "MET").append("\"}");
            }
        }
        HttpResponse<String> rated = qa1.put("/api/audits/" + auditId + "/criteria", "{\"ratings\":[" + ratings + "]}",
                0);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
    }

    @Test
    void theAuditReportPdfHoldsTheConfirmedRatingsAndTheFindings() {
        JsonNode view = json.parse(managerHttp.get("/api/audits/" + finalAudit + "/report-view").body());
        String overall = view.get("overall").get("label").getStringValue();

        HttpResponse<byte[]> pdf = manager.getBytes("/api/reports/audits/" + finalAudit + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .contains("audit-" + finalAudit + ".pdf"));
        String text = pdfText(pdf.body());
        assertThat(text).contains("Overall rating: " + overall);
        // Section A was overridden to good from outstanding; section F, all not met, is inadequate.
        assertThat(text).contains("A Views, interests and aspirations Good Rule gave Outstanding. " + RATIONALE,
                "B Special educational needs Outstanding", "F Special educational provision Inadequate",
                STRENGTH, ACTION, caseworker, team, CHILD, "Status: Final");

        HttpResponse<String> html = manager.get("/api/reports/audits/" + finalAudit + ".html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(html.body()).contains(STRENGTH, ACTION, RATIONALE, "Overall rating");
    }

    @Test
    void trainersGetNoAuditReportsOrExports() {
        assertThat(trainer.getBytes("/api/reports/audits/" + finalAudit + ".pdf").statusCode()).isEqualTo(403);
        assertThat(trainer.get("/api/reports/audits/" + finalAudit + ".html").statusCode()).isEqualTo(403);
        assertThat(trainer.getBytes("/api/reports/audits.csv").statusCode()).isEqualTo(403);
        assertThat(trainer.getBytes("/api/reports/findings.xlsx").statusCode()).isEqualTo(403);
        assertThat(trainer.getBytes("/api/reports/trends.xlsx").statusCode()).isEqualTo(403);
        assertThat(manager.getBytes("/api/reports/audits/999999999.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void aModeratorRatingBlindGetsNeitherTheReportNorTheRatingsInAnExport() {
        HttpResponse<byte[]> refused = qa2Client.getBytes("/api/reports/audits/" + blindAudit + ".pdf");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("blind-moderation");
        String theirs = csv(qa2Client.getBytes("/api/reports/audits.csv"));
        assertThat(theirs).doesNotContain("\r\n" + blindAudit + ",");
        String managers = csv(manager.getBytes("/api/reports/audits.csv"));
        assertThat(managers).contains("\r\n" + blindAudit + "," + planId + ",");
    }

    @Test
    void auditAndFindingExportsHoldOneRowEach() {
        String today = LocalDate.now().toString();
        HttpResponse<byte[]> audits = manager.getBytes("/api/reports/audits.csv?from=" + today + "&to=" + today);
        assertThat(audits.statusCode()).isEqualTo(200);
        assertThat(audits.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("text/csv"));
        List<String> lines = List.of(csv(audits).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Audit,Plan,Plan version,Framework,Framework version,Auditor,Moderator,"
                + "Status,Audited on,Final on,Overall rating,Team,Caseworker");
        String row = lines.stream().filter(line -> line.startsWith(finalAudit + ",")).findFirst().orElseThrow();
        String overall = json.parse(managerHttp.get("/api/audits/" + finalAudit + "/report-view").body())
                .get("overall").get("label").getStringValue();
        assertThat(row).startsWith(finalAudit + "," + planId + ",").contains(",statutory-baseline,", ",Final,",
                "," + overall + "," + team + "," + caseworker);
        // Nothing was audited tomorrow.
        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertThat(csv(manager.getBytes("/api/reports/audits.csv?from=" + tomorrow)).split("\r\n")).hasSize(1);
        assertThat(manager.getBytes("/api/reports/audits.csv?from=" + tomorrow + "&to=" + today).statusCode())
                .isEqualTo(400);

        String findings = csv(manager.getBytes("/api/reports/findings.csv?from=" + today));
        assertThat(findings).startsWith("Audit,Plan,Section,Criterion,Type,Finding,Evidence,Owner,Due,Action status,");
        assertThat(findings).contains(finalAudit + "," + planId + ",A,,Strength," + STRENGTH + ",,,,,Final," + team);
        assertThat(findings).contains(finalAudit + "," + planId + ",F,,Action," + ACTION + ",," + caseworker
                + ",2026-03-31,Open,Final," + team);

        HttpResponse<byte[]> xlsx = manager.getBytes("/api/reports/findings.xlsx?from=" + today);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (Row r : sheet) {
                if (r.getRowNum() > 0 && (long) r.getCell(0).getNumericCellValue() == finalAudit
                        && ACTION.equals(r.getCell(5).getStringCellValue())) {
                    assertThat(r.getCell(8).getLocalDateTimeCellValue().toLocalDate())
                            .isEqualTo(LocalDate.of(2026, 3, 31));
                    found = true;
                }
            }
            assertThat(found).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theTrendSpreadsheetHasTheNumbersOfTheJsonTrend() {
        String filters = "framework=statutory-baseline&by=team&period=month&value="
                + URLEncoder.encode(team, StandardCharsets.UTF_8);
        JsonNode trend = json.parse(manager.get("/api/trends/distribution?" + filters).body());
        assertThat(trend.get("rows").size()).isEqualTo(1);
        int levels = trend.get("levels").size();

        HttpResponse<byte[]> xlsx = manager.getBytes("/api/reports/trends.xlsx?" + filters);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(trend.get("rows").size());
            Row header = sheet.getRow(0);
            for (int l = 0; l < levels; l++) {
                assertThat(header.getCell(2 + l).getStringCellValue())
                        .isEqualTo(trend.get("levelLabels").get(l).getStringValue());
            }
            for (int r = 0; r < trend.get("rows").size(); r++) {
                JsonNode expected = trend.get("rows").get(r);
                Row row = sheet.getRow(r + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.get("period").getStringValue());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.get("key").getStringValue());
                List<Long> counts = new ArrayList<>();
                List<Long> expectedCounts = new ArrayList<>();
                for (int l = 0; l < levels; l++) {
                    counts.add((long) row.getCell(2 + l).getNumericCellValue());
                    expectedCounts.add(expected.get("counts").get(l).getLongValue());
                }
                assertThat(counts).isEqualTo(expectedCounts);
                assertThat((long) row.getCell(2 + levels).getNumericCellValue())
                        .isEqualTo(expected.get("total").getLongValue()).isEqualTo(1L);
                assertThat(row.getCell(3 + levels).getNumericCellValue())
                        .isEqualTo(expected.get("share").getDoubleValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        String csv = csv(manager.getBytes("/api/reports/trends.csv?" + filters));
        JsonNode only = trend.get("rows").get(0);
        StringBuilder expectedLine = new StringBuilder(only.get("period").getStringValue() + "," + team);
        for (int l = 0; l < levels; l++) {
            expectedLine.append(',').append(only.get("counts").get(l).getLongValue());
        }
        expectedLine.append(',').append(only.get("total").getLongValue());
        assertThat(csv).contains(expectedLine.toString());

        HttpResponse<byte[]> pdf = manager.getBytes("/api/reports/trends.pdf?" + filters);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains(team);
        assertThat(manager.get("/api/reports/trends.html?" + filters).body()).contains(team, "Ratings by team");
        assertThat(manager.getBytes("/api/reports/trends.csv?by=colour").statusCode()).isEqualTo(400);
        assertThat(manager.getBytes("/api/reports/trends.csv?period=fortnight").statusCode()).isEqualTo(400);
    }

    @Test
    void thePracticeEventReportShowsTheLinkedFindingsAndActions() {
        HttpResponse<String> created = qa1.post("/api/practice-events", """
                {"type":"PRACTICE_LEARNING","date":"%s","title":"Learning from section F","teams":["%s"],
                 "attendees":["Ana Lowry","Bryn Castell"],"auditIds":[%d],"findingIds":[%d],
                 "themes":[{"criterionId":null,"text":"Quantified provision"}],
                 "actions":[{"text":"Share a quantified example","owner":"Ana Lowry","due":"2026-04-30","status":"OPEN"}],
                 "notes":"First paragraph of notes.\\n\\nSecond paragraph of notes."}"""
                .formatted(LocalDate.now(), team, finalAudit, actionFindingId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.parse(created.body()).get("id").getLongValue();

        HttpResponse<byte[]> pdf = manager.getBytes("/api/reports/practice-events/" + id + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = pdfText(pdf.body());
        assertThat(text).contains("Learning from section F", "Practice learning event", "Plan " + planId, ACTION,
                "Quantified provision", "Share a quantified example", "Bryn Castell", "Second paragraph of notes.");
        assertThat(manager.get("/api/reports/practice-events/" + id + ".html").body())
                .contains("<p>First paragraph of notes.</p>");
        assertThat(trainer.getBytes("/api/reports/practice-events/" + id + ".pdf").statusCode()).isEqualTo(403);
    }

    static String csv(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
