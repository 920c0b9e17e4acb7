package org.ehcpqa.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ehcpqa.search.SearchIndexer;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.TestApplication;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer searches generated plans whose children's names the generator's ground truth gives,
 * narrows by a facet, sees only anonymised, highlighted snippets, builds a new pack of three
 * examples, writes commentary, reorders and downloads the PDF, which holds the commentary and no
 * child's name. Then an administrator compares the index with the database and rebuilds it.
 */
@MicronautTest
class TrainerJourneyBrowserIT implements TestApplication {

    // Seeds no other test uses: a seed stored before would be the same bytes, answered as a duplicate.
    private static final long FIRST_SEED = 8_870;
    private static final int PLANS = 4;
    private static final String QUERY = "support";

    @Inject
    EmbeddedServer server;
    @Inject
    SearchIndexer indexer;
    @Inject
    JsonMapper mapper;

    Browser browser;
    String trainer;
    final Map<Long, GeneratedPlan> plans = new LinkedHashMap<>();

    @BeforeAll
    void uploadPlansAndWaitForTheIndex() throws InterruptedException {
        ApiClient admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        Json json = new Json(mapper);
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        for (int i = 0; i < PLANS; i++) {
            GeneratedPlan plan = generator.generate(FIRST_SEED + i, HouseStyle.values()[i % HouseStyle.values().length],
                    DocumentFormat.TXT, i % 2 == 0 ? PlanQuality.STRONG : PlanQuality.WEAK);
            HttpResponse<String> stored = admin.upload("/api/plans", plan.fileName(), plan.content(), Map.of());
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
            plans.put(json.parse(stored.body()).get("id").getLongValue(), plan);
        }
        // Scoring queues each plan again after it is stored: wait until every plan is searchable.
        for (int i = 0; i < 120; i++) {
            assertThat(indexer.awaitIdle(Duration.ofSeconds(30))).as("indexer idle").isTrue();
            JsonNode result = json.parse(admin.get("/api/search?size=100&section=A").body());
            if (result.get("total").getLongValue() >= PLANS && result.get("facets").get("rating").size() > 0) {
                break;
            }
            Thread.sleep(500);
        }
        // The raw plans do name their children, so finding no name on the trainer's pages means something.
        int named = 0;
        for (Map.Entry<Long, GeneratedPlan> plan : plans.entrySet()) {
            named += leaks(admin.get("/api/plans/" + plan.getKey()).body()).size();
        }
        assertThat(named).as("children's names in the stored plans").isPositive();
        trainer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "trainer", "TRAINER");
        browser = Browser.start(server.getURI(), "trainer");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void searchesAnonymisedPlansBuildsAPackDownloadsItsPdfAndAnAdministratorRebuildsTheIndex() throws Exception {
        SignIn.as(browser, trainer, SignIn.PASSWORD);
        browser.clickLink("Search");
        assertThat(browser.heading()).isEqualTo("Search plans");
        assertThat(browser.find(By.id("anonymised-note")).getText()).contains("anonymised");
        assertThat(browser.findAll(By.id("anonymise"))).as("no way for a trainer to turn anonymising off").isEmpty();
        browser.look("search");

        browser.type("q", QUERY);
        browser.press("Search");
        long unfiltered = count(browser.find(By.id("result-count")).getText());
        assertThat(unfiltered).isPositive();
        assertThat(facetLabels("section")).as("sections with counts").hasSizeGreaterThan(1);
        assertNoChildsName(browser.mainText(), "search results");
        browser.look("search-results");

        browser.find(By.cssSelector("input[name='section'][value='F']")).click();
        browser.press("Apply filters");
        assertThat(browser.driver().getCurrentUrl()).contains("section=F").contains("q=" + QUERY);
        long inF = count(browser.find(By.id("result-count")).getText());
        assertThat(inF).isPositive().isLessThan(unfiltered);
        List<WebElement> titles = browser.findAll(By.cssSelector(".app-result__title"));
        assertThat(titles).hasSizeGreaterThanOrEqualTo(3);
        titles.forEach(title -> assertThat(title.getText()).contains("Section F"));
        assertThat(browser.findAll(By.cssSelector(".app-result__title a"))).as("no links to plans for trainers").isEmpty();
        List<WebElement> marks = browser.findAll(By.cssSelector(".app-snippet mark.app-hit"));
        assertThat(marks).as("matches highlighted").isNotEmpty();
        marks.forEach(mark -> assertThat(mark.getText().toLowerCase(Locale.ROOT)).startsWith("support"));
        assertThat(browser.find(By.cssSelector(".app-snippet")).getAttribute("innerHTML"))
                .as("only <mark> markup in a snippet").doesNotContainPattern("<(?!/?mark)[a-z]");
        assertNoChildsName(browser.mainText(), "results in section F");
        browser.look("search-section-f");

        // An issue date range that ends before it starts is refused in the error summary; the section stays ticked.
        String sectionF = browser.driver().getCurrentUrl();
        browser.typeDate("from", 1, 3, 2025);
        browser.typeDate("to", 1, 2, 2025);
        browser.press("Search");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("The last issue date must be the same as or after the first");
        assertThat(browser.driver().getCurrentUrl()).contains("section=F").contains("to-month=2");
        browser.look("search-backwards-dates");
        browser.open(sectionF);

        // A child's first name finds nothing: trainers search the anonymised text only.
        String firstName = firstName(plans.values().iterator().next());
        browser.open("/search?q=" + firstName + "&anonymise=false");
        assertThat(browser.find(By.id("result-count")).getText()).isEqualTo("No sections match this search.");
        browser.driver().navigate().back();

        String packTitle = "Measurable provision " + UUID.randomUUID().toString().substring(0, 6);
        addResult(1, null, packTitle);
        assertThat(browser.find(By.id("added-message")).getText()).contains(packTitle).contains("1 example");
        assertThat(browser.driver().getCurrentUrl()).contains("section=F");
        browser.look("added-to-new-pack");
        addResult(2, packTitle, null);
        addResult(3, packTitle, null);
        assertThat(browser.find(By.id("added-message")).getText()).contains("3 example");

        new Select(browser.find(By.id("pack-1"))).selectByValue("");
        browser.press("Add to training pack (plan " + planOfResult(1) + ", section F)");
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("Choose a training pack, or give a new pack a title");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        browser.look("add-without-a-pack");

        browser.clickLink("Training packs");
        assertThat(browser.heading()).isEqualTo("Training packs");
        WebElement row = browser.find(By.xpath("//tr[td/a[normalize-space()='" + packTitle + "']]"));
        assertThat(row.getText()).contains("3");
        browser.look("packs");
        browser.clickLink(packTitle);
        assertThat(browser.heading()).isEqualTo(packTitle);
        List<WebElement> examples = browser.findAll(By.cssSelector(".app-example"));
        assertThat(examples).hasSize(3);
        assertNoChildsName(browser.mainText(), "pack page");
        browser.look("pack");

        WebElement first = examples.get(0);
        long firstPlan = Long.parseLong(first.findElement(By.cssSelector(".app-muted")).getText()
                .replaceAll("^Plan (\\d+).*$", "$1"));
        String childFirstName = firstName(plans.get(firstPlan));
        String marker = "tp" + UUID.randomUUID().toString().substring(0, 8); // no hyphen: the PDF may break a line there
        String commentary = "Quantified sessions with a named professional; " + childFirstName
                + "'s needs in B are met here. Marker " + marker + ".";
        WebElement box = first.findElement(By.tagName("textarea"));
        String boxId = box.getAttribute("id");
        browser.type(boxId, commentary);
        browser.press("Save commentary on example 1");
        assertThat(browser.find(By.id("saved-message")).getText()).isEqualTo("Commentary saved.");
        String saved = browser.find(By.id(boxId)).getAttribute("value");
        assertThat(saved).contains("Marker " + marker).contains("Quantified sessions");
        assertThat(leaks(saved)).as("the child's name typed into commentary is replaced").isEmpty();
        browser.look("commentary-saved");

        String secondHeading = browser.findAll(By.cssSelector(".app-example")).get(1).findElement(By.tagName("h3")).getText().replaceFirst("^2\\. ", "");
        browser.press("Move down example 1");
        assertThat(browser.find(By.id("saved-message")).getText()).isEqualTo("Order saved.");
        List<WebElement> reordered = browser.findAll(By.cssSelector(".app-example"));
        assertThat(reordered.get(0).findElement(By.tagName("h3")).getText()).isEqualTo("1. " + secondHeading);
        assertThat(reordered.get(1).findElement(By.tagName("textarea")).getAttribute("value")).contains(marker);
        browser.look("reordered");

        String href = browser.find(By.id("download-pdf")).getAttribute("href");
        String pdfText = pdfText(href).replaceAll("\\s+", " ");
        assertThat(pdfText).contains(packTitle).contains("Marker " + marker).contains("Quantified sessions");
        assertThat(leaks(pdfText)).as("children's names in the PDF").isEmpty();

        browser.press("Sign out");
        SignIn.as(browser, ADMIN, ADMIN_PASSWORD);
        browser.open("/search?q=" + QUERY + "&section=F");
        assertThat(browser.findAll(By.id("anonymise"))).as("others choose whether to anonymise").hasSize(1);
        assertThat(browser.findAll(By.cssSelector(".app-result__title a"))).as("results link to their plans")
                .hasSizeGreaterThanOrEqualTo(3);
        browser.look("admin-search");
        browser.clickLink("Administration");
        browser.clickLink("Search index");
        assertThat(browser.heading()).isEqualTo("Search index");
        assertThat(Long.parseLong(browser.find(By.id("indexed-plans")).getText())).isGreaterThanOrEqualTo(PLANS);
        assertThat(Long.parseLong(browser.find(By.id("indexed-sections")).getText())).isGreaterThan(PLANS * 10L);
        assertThat(browser.find(By.id("database-plans")).getText()).matches("\\d+ \\(\\d+ with text to search\\)");
        browser.look("search-index");
        browser.press("Rebuild the index");
        assertThat(browser.driver().getCurrentUrl()).contains("/admin/search-index?job=");
        assertThat(browser.find(By.id("rebuild-status")).getText()).containsAnyOf("Running", "Completed");
        browser.waitUntil(driver -> driver.findElement(By.id("rebuild-status")).getText().startsWith("Completed"));
        browser.driver().navigate().refresh();
        assertThat(browser.find(By.id("index-state")).getText()).isEqualTo("In step with the database");
        assertThat(browser.find(By.id("rebuild-status")).getText()).contains("0 failed");
        browser.look("search-index-rebuilt");

        browser.assertNoSeriousAccessibilityViolations();
    }

    /** Adds result n (1-based) to an existing pack by title, or to a new one. */
    private void addResult(int n, String existing, String newTitle) {
        WebElement form = browser.find(By.cssSelector("#result-" + n + " form.app-add-example"));
        if (existing != null) {
            WebElement select = form.findElement(By.name("pack"));
            assertThat(new Select(select).getFirstSelectedOption().getText())
                    .as("the pack just used is chosen already").isEqualTo(existing);
        }
        if (newTitle != null) {
            form.findElement(By.name("newTitle")).sendKeys(newTitle);
        }
        browser.clickAndWait(form.findElement(By.tagName("button")));
    }

    private long planOfResult(int n) {
        return Long.parseLong(browser.find(By.cssSelector("#result-" + n + " input[name='planId']")).getAttribute("value"));
    }

    private List<String> facetLabels(String field) {
        return browser.findAll(By.cssSelector("input[name='" + field + "']")).stream()
                .map(input -> input.getAttribute("value")).toList();
    }

    private static long count(String resultCount) {
        return Long.parseLong(resultCount.replaceAll("^(\\d+) matching.*$", "$1"));
    }

    private static String firstName(GeneratedPlan plan) {
        return plan.truth().personal().childNames().get(0).split(" ")[0];
    }

    private void assertNoChildsName(String text, String where) {
        assertThat(leaks(text)).as("children's names on the " + where).isEmpty();
    }

    /** Every child's full, first and family name (and nickname) of the ground truth, found as a whole word. */
    private List<String> leaks(String text) {
        String flat = text.replaceAll("\\s+", " ");
        List<String> found = new ArrayList<>();
        for (GeneratedPlan plan : plans.values()) {
            for (String name : plan.truth().personal().childNames()) {
                if (name.length() > 1 && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name)
                        + "(?![\\p{L}\\p{N}])").matcher(flat).find()) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    /** Fetches the PDF as the browser would, with its session cookie, and reads its text. */
    private String pdfText(String href) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("ehcpqa-session");
        assertThat(session).as("session cookie").isNotNull();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
