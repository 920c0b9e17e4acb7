package org.ehcpqa.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A QA officer uploads three files (one refused, with its reason), opens a plan and audits it from its page: starts the audit, accepts the suggestions, judges what no check covers
 * by keyboard (each judgement saved as it is made), records a finding, changes it into an action and marks the action
 * done, and submits. A second QA officer moderates blind (the first officer's judgements and comments are nowhere on
 * their pages), overrides one section rating with a reason, submits, sees both side by side with that reason and
 * agrees the ratings they differ on with a rationale; the audit is made final and its PDF report holds the agreed
 * rating and the action, done.
 */
@MicronautTest
class AuditJourneyBrowserIT implements TestApplication {

    @Inject
    EmbeddedServer server;

    Browser browser;
    String auditor;
    String moderator;
    long planId;
    String marker;

    @BeforeAll
    void start() {
        auditor = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");
        moderator = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "moderator", "QA_OFFICER");
        marker = UUID.randomUUID().toString().substring(0, 8);
        browser = Browser.start(server.getURI(), "audit-journey");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void uploadsThreePlansAuditsOneFromItsSuggestionsAndASecondOfficerModeratesItBlindToTheFinalReport() throws Exception {
        String secretComment = "Auditor's own note " + marker;
        String finding = "Provision in section F is not quantified " + marker;
        String rationale = "Agreed after discussing the evidence " + marker;
        String owner = "Casey Worker " + marker;
        String overrideReason = "The views are reported, not in the child's own words " + marker;

        // The auditor uploads three files (one is no plan and is refused, with its reason) and opens a plan.
        browser.open("/sign-in");
        SignIn.as(browser, auditor, SignIn.PASSWORD);
        Path folder = Files.createTempDirectory("ehcpqa-audit-journey");
        Path rowan = BrowserPlans.write(folder, "rowan-ashby.txt", BrowserPlans.weak("Rowan Ashby", "11/06/2014", marker));
        Path other = BrowserPlans.write(folder, "kit-ellery.txt", BrowserPlans.weak("Kit Ellery", "03/10/2013",
                marker + "-2"));
        Path minutes = BrowserPlans.write(folder, "minutes.txt", "Minutes of the parish council, " + marker
                + "\nThe hall roof will be repaired in the spring and the car park resurfaced.\n");
        List<WebElement> rows = BrowserPlans.uploadOnThePage(browser, "South " + marker, rowan, minutes, other);
        assertThat(browser.find(By.id("upload-summary")).getText()).contains("2 accepted, 1 refused");
        WebElement refusedRow = rows.stream().filter(r -> r.getText().contains("minutes.txt")).findFirst().orElseThrow();
        assertThat(refusedRow.getText()).contains("Refused").contains("does not look like an EHCP");
        browser.look("uploaded");
        rows.stream().filter(r -> r.getText().contains("rowan-ashby.txt")).findFirst().orElseThrow()
                .findElement(By.linkText("Open the plan")).click();
        browser.waitUntil(driver -> driver.getCurrentUrl().matches(".*/plans/\\d+$"));
        planId = Long.parseLong(browser.path().substring("/plans/".length()));
        assertThat(browser.heading()).isEqualTo("Rowan Ashby");
        browser.look("plan");
        browser.press("Audit this plan");
        assertThat(browser.path()).matches("/audits/\\d+");
        long auditId = Long.parseLong(browser.path().substring("/audits/".length()));
        assertThat(browser.heading()).isEqualTo("Audit of Rowan Ashby's plan");
        assertThat(browser.find(By.id("audit-status")).getText()).isEqualTo("Draft");
        assertThat(browser.findAll(By.cssSelector(".app-section-nav__list li"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(browser.find(By.id("section-text")).getText()).contains("Rowan Ashby likes football");
        assertThat(browser.find(By.id("keyboard-shortcuts")).getText()).contains("Keyboard shortcuts");
        browser.look("workspace");

        browser.press("Accept the suggestions for criteria not judged yet");
        assertThat(browser.path()).isEqualTo("/audits/" + auditId);

        // What no automatic check covers is judged by keyboard: the first "Not met" (3), the rest "Met" (1).
        String notMet = judgeByKeyboard("/audits/" + auditId, true, secretComment);
        assertThat(notMet).as("a criterion judged by keyboard").isNotNull();
        browser.open("/audits/" + auditId);
        assertThat(browser.find(By.id("all-judged")).getText()).contains("Every criterion has a judgement");
        assertThat(browser.find(By.id("overall-rating")).getText()).isNotBlank().isNotEqualTo("Not rated yet")
                .doesNotContain("-");
        browser.look("all-judged");

        // A finding, linked to section F, then changed into an action with an owner and a due date.
        new Select(browser.find(By.id("findingSection"))).selectByValue("F");
        browser.find(By.id("kind-2")).click();
        browser.type("finding-text", "Provision is vague " + marker);
        browser.press("Record the finding");
        assertThat(browser.find(By.id("findings-table")).getText()).contains("Provision is vague " + marker,
                "Area for development", "Section F");
        browser.look("finding");
        WebElement change = browser.find(By.cssSelector("#findings-table a[id^='change-finding-']"));
        String findingId = change.getAttribute("id").substring("change-finding-".length());
        change.click();
        browser.waitUntil(driver -> driver.getCurrentUrl().contains("/findings/" + findingId));
        assertThat(browser.heading()).isEqualTo("Change a finding");
        assertThat(browser.find(By.id("finding-text")).getAttribute("value")).isEqualTo("Provision is vague " + marker);
        browser.find(By.id("kind-3")).click();
        browser.type("finding-text", finding);
        browser.type("actionOwner", owner);
        // A date field's typing order follows the browser's locale; the value it posts is always ISO.
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-03-31';",
                browser.find(By.id("actionDue")));
        browser.look("change-finding");
        browser.press("Save the finding");
        WebElement row = browser.find(By.id("finding-" + findingId));
        assertThat(row.getText()).contains(finding, "Action", "Section F", owner + " by 31 March 2026 (open)")
                .doesNotContain("Provision is vague");
        assertThat(browser.find(By.id("action-status-" + findingId)).getText()).startsWith("Mark done");
        browser.press("Mark done: " + finding);
        assertThat(browser.find(By.id("finding-" + findingId)).getText()).contains(owner + " by 31 March 2026 (done)");
        assertThat(browser.find(By.id("action-status-" + findingId)).getText()).startsWith("Reopen");
        browser.look("action-done");

        browser.press("Submit the audit");
        assertThat(browser.find(By.id("audit-status")).getText()).isEqualTo("Submitted");
        browser.look("submitted");
        browser.press("Sign out");

        // The moderator finds it, and sees nothing of the first judgement before or while rating.
        SignIn.as(browser, moderator, SignIn.PASSWORD);
        browser.clickLink("Audits");
        assertThat(browser.heading()).isEqualTo("Audits");
        assertThat(browser.find(By.id("to-moderate")).getText()).contains("Moderate audit " + auditId);
        browser.look("audits-to-moderate");
        browser.open("/audits/" + auditId);
        assertThat(browser.find(By.id("ratings-hidden")).getText()).contains("not shown until the audit is moderated");
        assertNothingOfTheFirstJudgement(secretComment, finding);
        browser.look("audit-hidden-from-moderator");
        browser.clickLink("Moderate this audit");
        browser.press("Start moderating");
        assertThat(browser.find(By.id("blind-note")).getText()).contains("rating blind");
        assertNothingOfTheFirstJudgement(secretComment, finding);
        browser.look("moderation-blind");

        // The moderator judges the same criteria, all "Met" (1), so at least one rating differs, and overrides the
        // rating of section A with a reason.
        judgeByKeyboard("/audits/" + auditId + "/moderation", false, null);
        browser.open("/audits/" + auditId + "/moderation?section=A");
        assertNothingOfTheFirstJudgement(secretComment, finding);
        new Select(browser.find(By.id("override-rating-A"))).selectByVisibleText("Inadequate");
        browser.type("override-rationale-A", overrideReason);
        browser.press("Save the section override");
        assertThat(browser.find(By.id("own-rating-A")).getText()).contains("Inadequate: " + overrideReason);
        assertNothingOfTheFirstJudgement(secretComment, finding);
        browser.look("moderator-override");
        browser.press("Submit my moderation");

        // Side by side, then the agreement.
        WebElement compared = browser.find(By.id("compared-ratings"));
        assertThat(browser.find(By.id("compared-A")).getText()).contains("Inadequate", "Overridden (the rule gave ",
                "): " + overrideReason);
        assertThat(browser.find(By.id("compared-criteria")).getText()).contains(secretComment);
        List<WebElement> toAgree = browser.findAll(By.cssSelector("#agreement-form select"));
        assertThat(toAgree).as("ratings the two officers differ on").isNotEmpty();
        assertThat(compared.getText()).contains("To agree");
        browser.look("side-by-side");
        String key = toAgree.get(0).getAttribute("id").substring("agreed-".length());
        String rowTitle = browser.find(By.cssSelector("#compared-" + key + " th")).getText();
        List<WebElement> cells = browser.findAll(By.cssSelector("#compared-" + key + " td"));
        String auditorLabel = cells.get(0).getText();
        String moderatorLabel = cells.get(1).findElement(By.className("app-rating")).getText();
        assertThat(moderatorLabel).isNotEqualTo(auditorLabel);
        for (WebElement select : toAgree) {
            String section = select.getAttribute("id").substring("agreed-".length());
            String theirs = browser.findAll(By.cssSelector("#compared-" + section + " td")).get(1)
                    .findElement(By.className("app-rating")).getText();
            new Select(select).selectByVisibleText(theirs);
            browser.type("rationale-" + section, rationale);
        }
        browser.press("Record the agreement");
        assertThat(browser.find(By.id("audit-status")).getText()).isEqualTo("Moderated");
        assertThat(browser.find(By.id("compared-" + key)).getText()).contains(moderatorLabel + ": " + rationale);
        browser.look("agreed");

        browser.press("Make the audit final");
        assertThat(browser.path()).isEqualTo("/audits/" + auditId);
        assertThat(browser.find(By.id("audit-status")).getText()).isEqualTo("Final");
        WebElement report = browser.find(By.id("report-link"));
        assertThat(report.getAttribute("href")).endsWith("/api/reports/audits/" + auditId + ".pdf");
        browser.look("final");

        // The report link works with the browser's own session, and the PDF holds the agreed rating and finding.
        HttpResponse<byte[]> pdf = fetchWithBrowserCookies(report.getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = pdfText(pdf.body());
        String expectedRow = "OVERALL".equals(key) ? "Overall rating: " + moderatorLabel
                : rowTitle.replace(":", "") + " " + moderatorLabel + " Rule gave " + auditorLabel + ". " + rationale;
        assertThat(text).contains(expectedRow, finding, "Status: Final").containsPattern(owner + ".{0,40}Done");

        browser.assertNoSeriousAccessibilityViolations();
    }

    /**
     * Goes through every criterion still to judge, section by section, pressing 3 on the first and 1 on the rest
     * (or 1 throughout), waiting for each "Saved". Returns the id of the criterion given 3.
     */
    private String judgeByKeyboard(String page, boolean firstNotMet, String comment) {
        String notMet = null;
        for (int round = 0; round < 15; round++) {
            browser.open(page);
            List<WebElement> next = browser.findAll(By.id("next-to-judge"));
            if (next.isEmpty()) {
                return notMet;
            }
            browser.clickLink(next.get(0).getText());
            List<WebElement> open = browser.findAll(By.cssSelector(".app-criterion[data-judged='false']"));
            assertThat(open).isNotEmpty();
            if (round == 0) {
                browser.look(firstNotMet ? "judging-by-keyboard" : "moderator-judging");
            }
            for (WebElement criterion : open) {
                String id = criterion.getAttribute("data-criterion");
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus();", criterion);
                String key = firstNotMet && notMet == null ? "3" : "1";
                if (key.equals("3")) {
                    notMet = id;
                }
                new Actions(browser.driver()).sendKeys(key).perform();
                browser.waitUntil(driver -> driver.findElement(By.id("autosave-status")).getText()
                        .equals("Saved " + id));
                assertThat(criterion.getAttribute("data-judged")).isEqualTo("true");
                if (comment != null && id.equals(notMet)) {
                    JavascriptExecutor script = (JavascriptExecutor) browser.driver();
                    script.executeScript("arguments[0].focus();"
                            + " document.getElementById('autosave-status').textContent = '';", criterion);
                    new Actions(browser.driver()).sendKeys("c").perform();
                    new Actions(browser.driver()).sendKeys(comment).perform();
                    browser.waitUntil(driver -> driver.findElement(By.id("autosave-status")).getText()
                            .equals("Saved " + id));
                }
            }
        }
        throw new AssertionError("criteria still to judge after 15 sections");
    }

    private void assertNothingOfTheFirstJudgement(String comment, String finding) {
        String source = browser.driver().getPageSource();
        assertThat(source).doesNotContain(comment).doesNotContain(finding);
        assertThat(browser.findAll(By.id("overall-rating"))).isEmpty();
        assertThat(browser.findAll(By.id("ratings-table"))).isEmpty();
    }

    private HttpResponse<byte[]> fetchWithBrowserCookies(String url) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream()
                .map((Cookie cookie) -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Cookie", cookies).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
