package org.ehcpqa.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.search.SearchIndexer;
import org.ehcpqa.search.SearchRequest;
import org.ehcpqa.search.SearchService;
import org.ehcpqa.search.SectionFields;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting a plan's team and caseworker on its page: saved, shown, searchable by the new team, refused with reasons. */
@MicronautTest
class PlanAssignmentPagesIT implements TestApplication {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    SearchIndexer indexer;
    @Inject
    SearchService search;

    @Test
    void aQaOfficerSetsTheTeamAndTheSearchIndexFollows() throws InterruptedException {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long planId = upload("Ellery Thorne", "12/05/2016", marker);
        String team = "Riverside locality " + marker.substring(2, 6);
        PageSession officer = signedIn("QA_OFFICER");

        String plan = officer.get("/plans/" + planId).body();
        assertThat(plan).contains("href=\"/plans/" + planId + "/assignment\"");
        HttpResponse<String> form = officer.get("/plans/" + planId + "/assignment");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<h1 class=\"govuk-heading-l\">Team and caseworker</h1>", "name=\"csrf\"");

        HttpResponse<String> saved = officer.postForm("/plans/" + planId + "/assignment",
                Map.of("team", "  " + team + " ", "caseworker", "Casey Ridgeway"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/plans/" + planId + "?saved=assignment");
        assertThat(officer.get("/plans/" + planId + "?saved=assignment").body())
                .contains("Team and caseworker saved.", team + ", Casey Ridgeway");

        assertThat(indexer.awaitIdle(Duration.ofSeconds(60))).isTrue();
        SearchRequest byTeam = new SearchRequest(marker, Map.of(SectionFields.TEAM, List.of(team)), null, null,
                SearchRequest.Order.RELEVANCE, 1, 10, false);
        assertThat(search.search(byTeam).hits()).as("the plan's sections carry the new team")
                .isNotEmpty().allSatisfy(hit -> assertThat(hit.planId()).isEqualTo(planId));

        // An empty field clears it.
        assertThat(officer.postForm("/plans/" + planId + "/assignment", Map.of("team", team, "caseworker", ""))
                .statusCode()).isEqualTo(303);
        assertThat(officer.get("/plans/" + planId).body()).contains(team + ", no caseworker");
    }

    @Test
    void aTooLongNameIsRefusedOnTheFormAndOthersMayNotChangeIt() {
        long planId = upload("Rowan Blackwood", "03/09/2015", "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
        PageSession officer = signedIn("QA_OFFICER");
        assertThat(officer.get("/plans/" + planId + "/assignment").body()).contains("id=\"team\"", "value=\"\"");
        HttpResponse<String> refused = officer.postForm("/plans/" + planId + "/assignment",
                Map.of("team", "T".repeat(101), "caseworker", "Casey Ridgeway"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary", "A team name may have at most 100 characters.",
                "href=\"#team\"", "Error: Team and caseworker", "value=\"Casey Ridgeway\"");
        assertThat(officer.get("/plans/" + planId).body()).contains("No team, no caseworker");

        assertThat(officer.get("/plans/999999999/assignment").statusCode()).isEqualTo(404);
        // A form posted for a plan that is not there: the not-found page, answered in full.
        HttpResponse<String> missing = officer.postForm("/plans/999999999/assignment", Map.of("team", "North",
                "caseworker", ""));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Plan 999999999 was not found.", "</html>");
        for (String role : List.of("MANAGER", "TRAINER")) {
            PageSession other = signedIn(role);
            assertThat(other.get("/plans/" + planId + "/assignment").statusCode()).as(role).isEqualTo(403);
            assertThat(other.get("/").body()).as("a page with a form token").contains("name=\"csrf\"");
            assertThat(other.postForm("/plans/" + planId + "/assignment", Map.of("team", "Any", "caseworker", ""))
                    .statusCode()).as(role).isEqualTo(403);
        }
        assertThat(signedIn("MANAGER").get("/plans/" + planId).body()).doesNotContain("/assignment\"");
    }

    private PageSession signedIn(String role) {
        String user = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, role.toLowerCase(), role);
        PageSession page = new PageSession(server.getURI());
        page.signIn(user, SignIn.PASSWORD);
        return page;
    }

    /** Each test its own child: the same name and birth date would make a second version of one plan. */
    private long upload(String child, String dateOfBirth, String marker) {
        HttpResponse<String> stored = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).upload("/api/plans",
                marker + ".txt", SamplePlans.text(child, dateOfBirth, "04/02/2025", marker), Map.of());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        return new Json(mapper).parse(stored.body()).get("id").getLongValue();
    }
}
