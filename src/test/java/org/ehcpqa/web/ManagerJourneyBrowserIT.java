package org.ehcpqa.web;

import io.micronaut.json.JsonMapper;
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
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager's journey through the trends (filtering by one team and a period, then downloading the spreadsheet and
 * checking it holds the page's numbers), and a QA officer's audit cycle (recording it, drawing a stratified sample
 * assigned to two auditors, adding a theme and an action, downloading the event report PDF, then changing its title
 * and marking the action done), which the manager then reads. Audits are seeded through the HTTP API as a council's historical audits (final, rated, audited in months
 * of 2025), for two teams of this test's own, so other tests' audits in the shared database change nothing here.
 */
@MicronautTest
class ManagerJourneyBrowserIT implements TestApplication {

    static final String MAPPING = """
            {"framework":"statutory-baseline","dateFormat":"dd/MM/yyyy",
             "columns":{"auditedOn":"Audit date","overall":"Overall","auditor":"Auditor","team":"Team",
                        "caseworker":"Caseworker","primaryNeed":"Need","phase":"Phase",
                        "sections":{"F":"Section F"},"criteria":{"F1":"F1"}},
             "ratings":{"RI":"requires-improvement"},
             "results":{"Yes":"MET","No":"NOT_MET"}}""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    String north;
    String south;
    String manager;
    String officer;
    String secondOfficer;
    String issueDay;

    @BeforeAll
    void seed() {
        ApiClient admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        north = "North " + suffix;
        south = "South " + suffix;
        manager = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "manager", "MANAGER");
        officer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");
        secondOfficer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");

        // North: January 3 ratings (2 good or better), February 2 (1), March 4 (3), May 1 (0, outside the
        // period the manager chooses). South: two audits the team filter must leave out.
        String csv = """
                Audit date,Overall,Auditor,Team,Caseworker,Need,Phase,Section F,F1
                10/01/2025,Outstanding,Historic Auditor,%1$s,Asha Brook,ASD,Primary,Good,Yes
                20/01/2025,Good,Historic Auditor,%1$s,Asha Brook,SEMH,Primary,Good,Yes
                25/01/2025,RI,Historic Auditor,%1$s,Ben Carr,SLCN,Secondary,RI,No
                05/02/2025,Inadequate,Historic Auditor,%1$s,Ben Carr,ASD,Secondary,Inadequate,No
                14/02/2025,Good,Historic Auditor,%1$s,Asha Brook,MLD,Primary,Good,Yes
                03/03/2025,Good,Historic Auditor,%1$s,Asha Brook,ASD,Primary,Good,Yes
                12/03/2025,Outstanding,Historic Auditor,%1$s,Ben Carr,SEMH,Secondary,Good,Yes
                28/03/2025,Good,Historic Auditor,%1$s,Ben Carr,SLCN,Post-16,Good,Yes
                30/03/2025,RI,Historic Auditor,%1$s,Asha Brook,ASD,Primary,RI,No
                02/05/2025,Inadequate,Historic Auditor,%1$s,Asha Brook,ASD,Primary,Inadequate,No
                15/01/2025,Inadequate,Historic Auditor,%2$s,Cal Dunn,ASD,Primary,Inadequate,No
                20/02/2025,Good,Historic Auditor,%2$s,Cal Dunn,ASD,Primary,Good,Yes
                """.formatted(north, south);
        HttpResponse<String> imported = admin.upload("/api/audits/import", "history.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of("mapping", MAPPING));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(new Json(mapper).parse(imported.body()).get("rows").getIntValue()).isEqualTo(12);

        // Plans for the audit cycle: issued on a day of this test's own in 1998, four in North and two in South.
        int day = 1 + Math.floorMod(suffix.hashCode(), 28);
        issueDay = "%02d/06/1998".formatted(day);
        for (int i = 0; i < 6; i++) {
            String team = i < 4 ? north : south;
            HttpResponse<String> uploaded = admin.upload("/api/plans", "plan.txt", SamplePlans.text(
                    "Child " + (char) ('A' + i) + " " + suffix, "01/01/1990", issueDay, UUID.randomUUID().toString()),
                    Map.of("team", team));
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        }
    }

    @Test
    void managerFiltersTrendsByOneTeamAndAPeriodAndTheSpreadsheetHoldsThePageNumbers() throws Exception {
        try (Browser browser = Browser.start(server.getURI(), "manager-trends")) {
            SignIn.as(browser, manager, SignIn.PASSWORD);
            browser.clickLink("Trends");
            assertThat(browser.heading()).isEqualTo("Trends");
            assertThat(browser.find(By.cssSelector("svg.app-chart[role='img'] title")).getAttribute("textContent"))
                    .startsWith("Share rated Good or better");
            browser.look("trends");

            // Two single-value filters at once cannot be answered from the counts: the page says so.
            new Select(browser.find(By.id("team"))).selectByVisibleText(north);
            new Select(browser.find(By.id("need"))).selectByVisibleText("ASD");
            browser.press("Apply filters");
            assertThat(browser.driver().getTitle()).startsWith("Error:");
            assertThat(browser.find(By.className("govuk-error-summary")).getText())
                    .contains("Choose only one of team, caseworker, need, phase or criterion");
            browser.look("trends-error");

            new Select(browser.find(By.id("need"))).selectByVisibleText("Any");
            new Select(browser.find(By.id("team"))).selectByVisibleText(north);
            browser.type("from", "2025-01");
            browser.type("to", "2025-03");
            browser.press("Apply filters");
            assertThat(browser.findAll(By.className("govuk-error-summary"))).isEmpty();
            assertThat(browser.find(By.id("scope")).getText()).contains(north).contains("2025-01").contains("2025-03");

            List<List<String>> rows = tableRows(browser, "distribution");
            assertThat(rows).containsExactly(
                    List.of("2025-01", north, "1", "1", "1", "0", "3", "66.7%"),
                    List.of("2025-02", north, "0", "1", "0", "1", "2", "50.0%"),
                    List.of("2025-03", north, "1", "2", "1", "0", "4", "75.0%"));
            assertThat(tableRows(browser, "share-table")).containsExactly(
                    List.of("2025-01", "3", "2", "66.7%"),
                    List.of("2025-02", "2", "1", "50.0%"),
                    List.of("2025-03", "4", "3", "75.0%"));
            List<WebElement> bars = browser.findAll(By.cssSelector("svg.app-chart rect.app-chart__bar"));
            assertThat(bars).hasSize(3);
            assertThat(browser.find(By.id("chart-desc")).getAttribute("textContent"))
                    .contains("2025-01 66.7% of 3").contains("2025-02 50.0% of 2").contains("2025-03 75.0% of 4");
            assertThat(browser.find(By.id("overdue-total")).getText()).startsWith("4 plan(s) of " + north);
            // North's F1 from January to March: met 6 times, not met 3 (South's two audits left out).
            assertThat(tableRows(browser, "not-met")).filteredOn(row -> row.get(0).startsWith("F1:")).singleElement()
                    .satisfies(row -> assertThat(row.subList(1, row.size()))
                            .containsExactly("6", "0", "3", "0", "33.3%"));
            assertThat(browser.find(By.id("not-met-scope")).getText())
                    .isEqualTo("For team " + north + ", from 2025-01 to 2025-03.");
            assertThat(browser.find(By.id("agreement-scope")).getText())
                    .isEqualTo("For team " + north + ", from 2025-01 to 2025-03.");
            assertThat(browser.find(By.id("agreement")).getText()).contains("Weighted kappa");
            browser.look("trends-north-q1");

            // The spreadsheet, fetched with the browser's own session, holds exactly the rows of the page.
            String xlsxLink = browser.find(By.id("download-xlsx")).getAttribute("href");
            assertThat(xlsxLink).contains("by=team").contains("from=2025-01-01").contains("to=2025-03-31")
                    .contains("section=OVERALL");
            HttpResponse<byte[]> xlsx = fetch(browser, xlsxLink);
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(spreadsheetRows(xlsx.body())).isEqualTo(rows);
            HttpResponse<byte[]> csv = fetch(browser, browser.find(By.id("download-csv")).getAttribute("href"));
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("2025-03," + north + ",1,2,1,0,4");

            HttpResponse<byte[]> report = fetch(browser, browser.find(By.id("download-pdf")).getAttribute("href"));
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(pdfText(report.body()).replaceAll("\\s+", " ")).contains(north + " 1 1 1 0 3 66.7%")
                    .contains(north + " 0 1 0 1 2 50%").contains(north + " 1 2 1 0 4 75%")
                    .contains("Criteria most often not met").contains("F1");

            // Quarters: the same ratings in one row.
            browser.find(By.id("period-quarter")).click();
            browser.press("Apply filters");
            assertThat(tableRows(browser, "distribution")).containsExactly(
                    List.of("2025-Q1", north, "2", "4", "2", "1", "9", "66.7%"));
            browser.look("trends-north-quarter");
            HttpResponse<byte[]> quarterly = fetch(browser, browser.find(By.id("download-xlsx")).getAttribute("href"));
            assertThat(spreadsheetRows(quarterly.body())).isEqualTo(tableRows(browser, "distribution"));

            browser.assertNoSeriousAccessibilityViolations();
        }
    }

    @Test
    void qaOfficerDrawsAnAuditCycleSampleAndTheManagerReadsItAndItsReport() throws Exception {
        try (Browser browser = Browser.start(server.getURI(), "practice-events")) {
            SignIn.as(browser, officer, SignIn.PASSWORD);
            browser.clickLink("Practice events");
            assertThat(browser.heading()).isEqualTo("Practice events");
            browser.look("practice-events");

            browser.clickLink("Record a practice event");
            assertThat(browser.heading()).isEqualTo("Record a practice event");
            browser.press("Save event");
            assertThat(browser.find(By.className("govuk-error-summary")).getText())
                    .contains("Choose the type of event").contains("Enter a title").contains("Enter the date of the event");
            browser.look("practice-event-new-errors");

            String title = "Summer audit cycle " + north;
            browser.find(By.id("type")).click();
            browser.type("title", title);
            browser.type("date-day", "14");
            browser.type("date-month", "7");
            browser.type("date-year", "2025");
            browser.type("otherTeams", north + "\n" + south);
            browser.type("attendees", "Priya Nandra\nMorgan Ashdown");
            browser.type("notes", "Sampled across both localities before the summer review.");
            browser.look("practice-event-new");
            browser.press("Save event");
            assertThat(browser.heading()).isEqualTo(title);
            assertThat(browser.find(By.id("saved-banner")).getText()).contains("Practice event recorded");
            assertThat(browser.find(By.id("event-summary")).getText()).contains(north).contains(south)
                    .contains("Priya Nandra");
            String eventPath = browser.path();

            // No auditor chosen: refused with the reason, nothing sampled.
            String[] day = issueDay.split("/");
            fillSample(browser, day);
            browser.press("Draw the sample");
            assertThat(browser.find(By.className("govuk-error-summary")).getText())
                    .contains("Choose at least one auditor");
            assertThat(browser.find(By.id("no-audits")).getText()).isEqualTo("No audits yet.");
            browser.look("sample-error");

            fillSample(browser, day);
            browser.find(By.cssSelector("input[name='auditors'][value='" + officer + "']")).click();
            browser.find(By.cssSelector("input[name='auditors'][value='" + secondOfficer + "']")).click();
            browser.press("Draw the sample");
            assertThat(browser.find(By.id("saved-banner")).getText()).contains("4 plan(s) sampled");
            List<List<String>> audits = tableRows(browser, "audits");
            assertThat(audits).hasSize(4);
            // Proportional allocation by team: 4 of North's 4 and South's 2 plans give North 3 and South 1.
            assertThat(audits.stream().collect(Collectors.groupingBy(row -> row.get(2), Collectors.counting())))
                    .isEqualTo(Map.of(north, 3L, south, 1L));
            assertThat(audits.stream().collect(Collectors.groupingBy(row -> row.get(3), Collectors.counting())))
                    .isEqualTo(Map.of(officer, 2L, secondOfficer, 2L));
            assertThat(audits).allSatisfy(row -> assertThat(row.get(4)).isEqualTo("Draft"));
            assertThat(browser.findAll(By.cssSelector("#audits a[href^='/plans/']"))).hasSize(4);
            browser.look("practice-event-sampled");

            browser.type("themeText", "Provision in section F is not quantified");
            browser.press("Add theme");
            assertThat(browser.find(By.id("themes")).getText()).contains("Provision in section F is not quantified");
            browser.type("actionText", "Refresher on quantifying provision for both teams");
            browser.type("owner", "Priya Nandra");
            browser.type("due-day", "30");
            browser.type("due-month", "9");
            browser.type("due-year", "2025");
            browser.press("Add action");
            assertThat(browser.find(By.id("actions")).getText())
                    .contains("Refresher on quantifying provision for both teams").contains("2025-09-30");
            browser.look("practice-event-theme-action");

            HttpResponse<byte[]> pdf = fetch(browser, browser.find(By.id("report-pdf")).getAttribute("href"));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("application/pdf"));
            String text = pdfText(pdf.body()).replaceAll("\\s+", " ");
            assertThat(text).contains(title).contains("Audit cycle").contains(north).contains(south)
                    .contains("Morgan Ashdown").contains("Provision in section F is not quantified")
                    .contains("Refresher on quantifying provision for both teams")
                    .contains("Sampled across both localities before the summer review.");

            // The details change after the event was recorded; the sampled cycle's framework is not offered.
            browser.clickLink("Change the event details");
            assertThat(browser.heading()).isEqualTo("Change the event details");
            assertThat(browser.find(By.id("framework-fixed")).getText()).contains("The sample is drawn");
            assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo(title);
            browser.type("title", "");
            browser.press("Save details");
            assertThat(browser.find(By.className("govuk-error-summary")).getText()).contains("Enter a title");
            browser.look("practice-event-details-error");
            String renamed = title + " (revised)";
            browser.type("title", renamed);
            browser.look("practice-event-details");
            browser.press("Save details");
            assertThat(browser.heading()).isEqualTo(renamed);
            assertThat(browser.find(By.id("saved-banner")).getText()).contains("Event details saved.");

            browser.press("Mark done action 1");
            assertThat(browser.find(By.id("saved-banner")).getText()).contains("Action marked done.");
            assertThat(tableRows(browser, "actions").get(0)).startsWith(
                    "Refresher on quantifying provision for both teams", "Priya Nandra", "2025-09-30", "Done");
            assertThat(browser.findAll(By.xpath("//button[normalize-space()='Reopen action 1']"))).hasSize(1);
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('actions-heading').scrollIntoView()");
            browser.look("practice-event-action-done");

            // The manager in the same browser: a fresh session rather than the sign-out button.
            browser.driver().manage().deleteAllCookies();
            SignIn.as(browser, manager, SignIn.PASSWORD);
            browser.open(eventPath);
            assertThat(browser.heading()).isEqualTo(renamed);
            assertThat(tableRows(browser, "audits")).hasSize(4);
            assertThat(tableRows(browser, "actions").get(0)).contains("Done");
            assertThat(browser.findAll(By.linkText("Change the event details"))).isEmpty();
            assertThat(browser.findAll(By.xpath("//button[normalize-space()='Draw the sample']")))
                    .as("managers read events; QA officers organise them").isEmpty();
            browser.look("practice-event-manager");
            browser.clickLink("Practice events");
            assertThat(browser.findAll(By.linkText(renamed))).hasSize(1);
            assertThat(browser.findAll(By.linkText("Record a practice event"))).isEmpty();
            browser.open("/practice-events/new");
            assertThat(browser.heading()).isNotEqualTo("Record a practice event");

            browser.assertNoSeriousAccessibilityViolations();
        }
    }

    private static void fillSample(Browser browser, String[] day) {
        browser.type("from-day", day[0]);
        browser.type("from-month", day[1]);
        browser.type("from-year", day[2]);
        browser.type("to-day", day[0]);
        browser.type("to-month", day[1]);
        browser.type("to-year", day[2]);
        browser.type("count", "4");
        browser.find(By.id("stratifyBy")).click();
        browser.type("seed", "7");
    }

    /** A table's body as text: each row's header and data cells, in order. */
    private static List<List<String>> tableRows(Browser browser, String id) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement row : browser.find(By.id(id)).findElements(By.cssSelector("tbody tr"))) {
            rows.add(row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).map(String::strip)
                    .toList());
        }
        return rows;
    }

    /** The spreadsheet's rows after the heading, as the page prints them (shares to one decimal place). */
    private static List<List<String>> spreadsheetRows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                int last = row.getLastCellNum() - 1;
                for (int c = 0; c <= last; c++) {
                    var cell = row.getCell(c);
                    if (c < 2) {
                        cells.add(cell.getStringCellValue());
                    } else if (c < last) {
                        cells.add(String.valueOf((long) cell.getNumericCellValue()));
                    } else {
                        cells.add(String.format(Locale.ROOT, "%.1f%%", cell.getNumericCellValue() * 100));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** A download through the browser's own session: its cookies on a plain HTTP request. */
    private static HttpResponse<byte[]> fetch(Browser browser, String href) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(120))
                .header("Cookie", cookies).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
