package org.ehcpqa.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.search.SearchIndexer;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search, training pack and search-index pages over plain HTTP, as a browser without
 * JavaScript uses them: markup in plan text stays text in snippets, who may do what, and refusals
 * that show the form again with the reason.
 */
@MicronautTest
class SearchPagesIT implements TestApplication {

    private static final String CHILD = "Tamsin Greywell";
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Inject
    EmbeddedServer server;
    @Inject
    SearchIndexer indexer;
    @Inject
    JsonMapper mapper;

    long planId;
    String word;

    @BeforeAll
    void storeAPlanWithMarkupInItsText() throws InterruptedException {
        word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        HttpResponse<String> stored = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).upload("/api/plans",
                "escaping.txt", SamplePlans.text(CHILD, "12/05/2016", "04/02/2025", word + " " + SCRIPT), Map.of());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        planId = new Json(mapper).parse(stored.body()).get("id").getLongValue();
        for (int i = 0; i < 20 && !searchable(); i++) {
            assertThat(indexer.awaitIdle(Duration.ofSeconds(30))).isTrue();
            Thread.sleep(250);
        }
        assertThat(searchable()).as("the plan is indexed").isTrue();
    }

    @Test
    void snippetsShowMarkupAsTextWithOnlyTheMatchMarked() {
        PageSession officer = session("QA_OFFICER");
        HttpResponse<String> page = officer.get("/search?q=" + word);
        assertThat(page.statusCode()).isEqualTo(200);
        String snippet = between(page.body(), "<p class=\"govuk-body app-snippet\">", "</p>");
        assertThat(snippet).contains("<mark class=\"app-hit\">" + word + "</mark>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
        assertThat(snippet.replace("<mark class=\"app-hit\">", "").replace("</mark>", "")).doesNotContain("<");
        assertThat(page.body()).contains("href=\"/plans/" + planId + "#section-A\"").contains("id=\"anonymise\"")
                .doesNotContain("action=\"/search/examples\"");

        HttpResponse<String> anonymised = officer.get("/search?anonymise=true&q=" + word);
        assertThat(between(anonymised.body(), "<p class=\"govuk-body app-snippet\">", "</p>")).contains(word);
        assertThat(officer.get("/search?q=Tamsin").body()).containsPattern("[1-9] matching section")
                .doesNotContain("No sections match");
        assertThat(officer.get("/search?anonymise=true&q=Tamsin").body()).contains("No sections match this search.");
    }

    @Test
    void anIssueDateRangeLeavesOutPlansIssuedOutsideItAndKeepsItInThePagesLinks() {
        PageSession officer = session("QA_OFFICER");
        // The plan was issued on 4 February 2025: both ends of a range are included.
        HttpResponse<String> around = officer.get("/search?q=" + word + "&from-day=4&from-month=2&from-year=2025"
                + "&to-day=4&to-month=2&to-year=2025");
        assertThat(around.statusCode()).isEqualTo(200);
        assertThat(around.body()).contains("1 matching section(s)").contains("href=\"/plans/" + planId + "#section-A\"")
                .contains("name=\"from-year\" value=\"2025\"").contains("name=\"to-day\" value=\"4\"");
        HttpResponse<String> after = officer.get("/search?q=" + word + "&from-day=5&from-month=2&from-year=2025");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("No sections match this search.")
                .doesNotContain("href=\"/plans/" + planId + "#section-A\"");
        HttpResponse<String> before = officer.get("/search?q=" + word + "&to-day=3&to-month=2&to-year=2025");
        assertThat(before.body()).contains("No sections match this search.");

        // A trainer's way back after adding an example carries the range, so the same search comes back.
        PageSession trainer = session("TRAINER");
        String range = "&from-day=1&from-month=1&from-year=2025";
        HttpResponse<String> page = trainer.get("/search?q=" + word + range);
        assertThat(page.body()).contains("name=\"returnTo\" value=\"/search?q=" + word + range.replace("&", "&amp;"));
    }

    @Test
    void anIssueDateRangeThatIsNotRealOrRunsBackwardsIsRefusedInTheErrorSummary() {
        PageSession officer = session("MANAGER");
        HttpResponse<String> backwards = officer.get("/search?q=" + word + "&section=A&from-day=1&from-month=3"
                + "&from-year=2025&to-day=1&to-month=2&to-year=2025");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("<title>Error: Search plans").contains("govuk-error-summary")
                .contains("href=\"#to-day\"").contains("The last issue date must be the same as or after the first")
                .doesNotContain("matching section").doesNotContain("href=\"/plans/" + planId)
                // The ticked section has no checkbox without results, but stays in the form.
                .contains("<input type=\"hidden\" name=\"section\" value=\"A\">");
        HttpResponse<String> notADate = officer.get("/search?q=" + word + "&from-day=31&from-month=2&from-year=2025");
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(notADate.body()).contains("href=\"#from-day\"")
                .contains("The first issue date must be a real date, like 27 3 2026")
                .contains("name=\"from-day\" value=\"31\"").contains("govuk-form-group--error");
    }

    @Test
    void trainersGetAnonymisedTextWithoutLinksToPlansWhateverTheyAsk() {
        PageSession trainer = session("TRAINER");
        HttpResponse<String> page = trainer.get("/search?anonymise=false&q=" + word);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 matching section(s), anonymised").doesNotContain("Tamsin")
                .doesNotContain("Greywell").doesNotContain("href=\"/plans/").doesNotContain("id=\"anonymise\"")
                .contains("action=\"/search/examples\"");
        assertThat(trainer.get("/search?anonymise=false&q=Tamsin").body()).contains("No sections match this search.");
        assertThat(trainer.get("/admin/search-index").statusCode()).isEqualTo(403);
        assertThat(trainer.get("/plans/" + planId).statusCode()).isEqualTo(403);
    }

    @Test
    void aSearchThatCannotBeReadShowsTheReasonBesideTheBox() {
        HttpResponse<String> page = session("MANAGER").get("/search?q=%22access+to");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Error: Search plans").contains("govuk-error-summary")
                .contains("href=\"#q\"").contains("check that quotes and brackets are closed");
    }

    @Test
    void addingAnExampleNeedsAPackGoesBackOnlyToSearchAndRefusesOtherRoles() {
        PageSession trainer = session("TRAINER");
        trainer.get("/search?q=" + word);
        HttpResponse<String> noPack = trainer.postForm("/search/examples", Map.of("planId", Long.toString(planId),
                "section", "A", "index", "1", "returnTo", "/search?q=" + word));
        assertThat(noPack.statusCode()).isEqualTo(400);
        assertThat(noPack.body()).contains("href=\"#pack-1\"").contains("Choose a training pack, or give a new pack a title")
                .contains("<mark class=\"app-hit\">" + word + "</mark>");

        HttpResponse<String> added = trainer.postForm("/search/examples", Map.of("planId", Long.toString(planId),
                "section", "B", "newTitle", "Views in section A", "returnTo", "https://example.org/search?q=x"));
        assertThat(added.statusCode()).isEqualTo(303);
        String location = added.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/search?pack=").endsWith("&added=true");
        HttpResponse<String> back = trainer.get(location);
        assertThat(back.body()).contains("Example added to Views in section A (1 example(s)).");
        long pack = Long.parseLong(location.replaceAll("^/search\\?pack=(\\d+)&.*$", "$1"));

        HttpResponse<String> packPage = trainer.get("/training-packs/" + pack);
        assertThat(packPage.body()).contains("Child A").doesNotContain("Tamsin").contains("Save commentary")
                .contains("href=\"/api/reports/training-packs/" + pack + ".pdf\"");
        String itemId = packPage.body().replaceAll("(?s)^.*id=\"item-(\\d+)\".*$", "$1");
        HttpResponse<String> tooLong = trainer.postForm("/training-packs/" + pack + "/items/" + itemId + "/commentary",
                Map.of("commentary", "x".repeat(10_001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("href=\"#commentary-" + itemId + "\"").contains("at most 10000 characters");

        PageSession officer = session("QA_OFFICER");
        officer.get("/search?q=" + word);
        assertThat(officer.postForm("/search/examples", Map.of("planId", Long.toString(planId), "section", "A",
                "pack", Long.toString(pack))).statusCode()).isEqualTo(403);
        HttpResponse<String> readOnly = officer.get("/training-packs/" + pack);
        assertThat(readOnly.statusCode()).isEqualTo(200);
        assertThat(readOnly.body()).contains("Views in section A").doesNotContain("Save commentary")
                .doesNotContain("Move up").doesNotContain("/remove\"").doesNotContain("Tamsin");
        assertThat(officer.postForm("/training-packs/" + pack + "/items/" + itemId + "/remove", Map.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aPackNeedsATitle() {
        PageSession trainer = session("TRAINER");
        trainer.get("/training-packs");
        HttpResponse<String> refused = trainer.postForm("/training-packs", Map.of("title", "  ", "description", "d"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Error: Training packs").contains("href=\"#title\"")
                .contains("Enter a title for the pack");
        HttpResponse<String> created = trainer.postForm("/training-packs", Map.of("title", "Outcomes", "description", ""));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location").orElseThrow()).matches("/training-packs/\\d+\\?saved=created");
        assertThat(trainer.get("/training-packs/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void trainersRenameAPackRemoveAnExampleAndDeleteThePack() {
        PageSession trainer = session("TRAINER");
        trainer.get("/training-packs");
        String location = trainer.postForm("/training-packs", Map.of("title", "Draft", "description", ""))
                .headers().firstValue("Location").orElseThrow();
        long pack = Long.parseLong(location.replaceAll("^/training-packs/(\\d+)\\?.*$", "$1"));
        trainer.get("/search?q=" + word);
        assertThat(trainer.postForm("/search/examples", Map.of("planId", Long.toString(planId), "section", "E",
                "pack", Long.toString(pack), "returnTo", "/search?q=" + word)).statusCode()).isEqualTo(303);

        HttpResponse<String> packPage = trainer.get("/training-packs/" + pack);
        assertThat(packPage.body()).contains("Examples (1)").contains("Section E: ");
        HttpResponse<String> untitled = trainer.postForm("/training-packs/" + pack + "/details",
                Map.of("title", "", "description", "x"));
        assertThat(untitled.statusCode()).isEqualTo(400);
        assertThat(untitled.body()).contains("Enter a title for the pack").contains("<details class=\"govuk-details\" open");
        HttpResponse<String> renamed = trainer.postForm("/training-packs/" + pack + "/details",
                Map.of("title", "Outcomes that can be measured", "description", "For new caseworkers"));
        assertThat(renamed.statusCode()).isEqualTo(303);
        packPage = trainer.get(renamed.headers().firstValue("Location").orElseThrow());
        assertThat(packPage.body()).contains("Title and description saved.").contains("Outcomes that can be measured")
                .contains("For new caseworkers");

        String itemId = packPage.body().replaceAll("(?s)^.*id=\"item-(\\d+)\".*$", "$1");
        HttpResponse<String> removed = trainer.postForm("/training-packs/" + pack + "/items/" + itemId + "/remove",
                Map.of());
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(trainer.get(removed.headers().firstValue("Location").orElseThrow()).body())
                .contains("Example removed.").contains("Examples (0)");

        assertThat(trainer.postForm("/training-packs/" + pack + "/delete", Map.of()).statusCode()).isEqualTo(303);
        assertThat(trainer.get("/training-packs?deleted=true").body()).contains("Training pack deleted.")
                .doesNotContain("Outcomes that can be measured");
        assertThat(trainer.get("/training-packs/" + pack).statusCode()).isEqualTo(404);
    }

    private boolean searchable() {
        return ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).get("/api/search?q=" + word).body()
                .contains("\"total\":1");
    }

    private PageSession session(String role) {
        String username = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, role.toLowerCase(), role);
        PageSession session = new PageSession(server.getURI());
        session.signIn(username, SignIn.PASSWORD);
        return session;
    }

    private static String between(String text, String start, String end) {
        Matcher matcher = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL).matcher(text);
        assertThat(matcher.find()).as("found " + start).isTrue();
        return matcher.group(1);
    }
}
