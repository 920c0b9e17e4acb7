package org.ehcpqa.search;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.TestApplication;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/search and friends through HTTP: roles, anonymised results for trainers, bad queries, facets, paging. */
@MicronautTest
class SearchApiIT implements TestApplication {

    private static final String PASSWORD = "a-long-enough-password";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    ApiClient admin;
    ApiClient officer;
    ApiClient trainer;
    ApiClient manager;
    Json json;
    String team;
    final List<Long> planIds = new ArrayList<>();
    final List<GeneratedPlan> plans = new ArrayList<>();

    @BeforeAll
    void uploadPlansOfOneTeam() throws InterruptedException {
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        json = new Json(mapper);
        officer = user("QA_OFFICER");
        trainer = user("TRAINER");
        manager = user("MANAGER");
        team = "search-it-" + UUID.randomUUID().toString().substring(0, 8);
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        // Seeds no other test uses: the same seed is the same child, whose plan keeps the team it was
        // first stored with, so a shared seed would put a plan outside this test's team.
        for (int i = 0; i < 4; i++) {
            GeneratedPlan plan = generator.generate(8_850 + i, HouseStyle.values()[i], DocumentFormat.TXT,
                    i % 2 == 0 ? PlanQuality.STRONG : PlanQuality.WEAK);
            HttpResponse<String> stored = admin.upload("/api/plans", plan.fileName(), plan.content(), Map.of("team", team));
            assertThat(stored.statusCode()).isIn(200, 201);
            planIds.add(json.parse(stored.body()).get("id").getLongValue());
            plans.add(plan);
        }
        // The index follows the database on a background thread: wait until every plan is there with its ratings.
        for (int i = 0; i < 120; i++) {
            JsonNode result = search(officer, "team=" + team + "&size=100");
            if (result.get("facets").get("rating").size() > 0
                    && distinctPlans(result).size() == planIds.size()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The plans were not indexed within a minute");
    }

    @Test
    void everySearchingRoleMaySearchAndOthersMayNot() {
        for (ApiClient client : List.of(admin, officer, manager, trainer)) {
            assertThat(client.get("/api/search?q=provision&team=" + team).statusCode()).isEqualTo(200);
        }
        assertThat(ApiClient.anonymous(server.getURI()).get("/api/search?q=provision").statusCode()).isEqualTo(401);
    }

    @Test
    void textAndFiltersCombineWithHighlightedSnippetsAndFacets() {
        JsonNode result = search(officer, "q=" + encode("\"will have access to\" OR week") + "&section=F&team=" + team);
        assertThat(result.get("total").getLongValue()).isGreaterThan(0);
        for (JsonNode hit : result.get("hits").values()) {
            assertThat(hit.get("section").getStringValue()).isEqualTo("F");
            assertThat(planIds).contains(hit.get("planId").getLongValue());
            String snippet = hit.get("snippet").getStringValue();
            JsonNode span = hit.get("highlights").get(0);
            assertThat(snippet.substring(span.get("start").getIntValue(), span.get("end").getIntValue()).toLowerCase())
                    .containsAnyOf("week", "access");
            assertThat(hit.get("snippetHtml").getStringValue()).contains("<mark>");
        }
        JsonNode facets = result.get("facets");
        for (String dimension : List.of("section", "need", "phase", "rating", "flag", "status", "year")) {
            assertThat(facets.get(dimension)).as(dimension).isNotNull();
        }
        assertThat(facets.get("section").get("F").getLongValue()).isEqualTo(result.get("total").getLongValue());
    }

    @Test
    void aFlagFilterFindsOnlySectionsWithThatFlag() {
        JsonNode all = search(manager, "team=" + team + "&size=100");
        String flag = all.get("facets").get("flag").entries().iterator().next().getKey();
        long expected = all.get("facets").get("flag").get(flag).getLongValue();
        JsonNode flagged = search(manager, "team=" + team + "&flag=" + flag + "&size=100");
        assertThat(flagged.get("total").getLongValue()).isEqualTo(expected);
        for (JsonNode hit : flagged.get("hits").values()) {
            List<String> flags = new ArrayList<>();
            hit.get("flags").values().forEach(f -> flags.add(f.getStringValue()));
            assertThat(flags).contains(flag);
        }
    }

    @Test
    void pagesDoNotOverlapAndDateOrderIsNewestFirst() {
        JsonNode first = search(officer, "team=" + team + "&size=5&page=1&sort=date");
        JsonNode second = search(officer, "team=" + team + "&size=5&page=2&sort=date");
        assertThat(first.get("total").getLongValue()).isEqualTo(second.get("total").getLongValue()).isGreaterThan(10);
        Set<String> firstKeys = keys(first);
        assertThat(firstKeys).hasSize(5).doesNotContainAnyElementsOf(keys(second));
        String previous = "9999-12-31";
        for (JsonNode hit : first.get("hits").values()) {
            String date = hit.get("issueDate").getStringValue();
            assertThat(date).isLessThanOrEqualTo(previous);
            previous = date;
        }
    }

    @Test
    void trainersAlwaysGetAnonymisedResults() {
        String childName = plans.get(0).truth().personal().childNames().get(0);
        String firstName = childName.split(" ")[0];
        JsonNode asked = search(trainer, "team=" + team + "&anonymised=false&size=100&q=" + encode(firstName));
        assertThat(asked.get("anonymised").getBooleanValue()).isTrue();
        assertThat(asked.get("total").getLongValue()).as("a trainer cannot find a child by name").isZero();
        JsonNode all = search(trainer, "team=" + team + "&size=100");
        assertThat(all.get("total").getLongValue()).isGreaterThan(0);
        for (JsonNode hit : all.get("hits").values()) {
            for (GeneratedPlan plan : plans) {
                for (String name : plan.truth().personal().childNames()) {
                    assertThat(hit.get("snippet").getStringValue()).doesNotContain(name);
                    assertThat(hit.get("title").getStringValue()).doesNotContain(name);
                }
            }
            assertThat(hit.get("team").isNull()).isTrue();
        }
        JsonNode officerView = search(officer, "team=" + team + "&anonymised=true&q=" + encode(firstName));
        assertThat(officerView.get("anonymised").getBooleanValue()).isTrue();
        assertThat(search(officer, "team=" + team + "&q=" + encode(firstName)).get("total").getLongValue()).isPositive();
    }

    @Test
    void aQueryThatCannotBeReadIsAProblem() {
        for (String q : List.of("\"access to", "(speech AND", "therapy AND", "from:[2020 TO")) {
            HttpResponse<String> response = officer.get("/api/search?q=" + encode(q));
            assertThat(response.statusCode()).as(q).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            JsonNode problem = json.parse(response.body());
            assertThat(problem.get("type").getStringValue()).isEqualTo("/problems/bad-query");
            assertThat(problem.get("detail").getStringValue()).endsWith(".");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.apache");
        }
        assertThat(officer.get("/api/search?from=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void similarSectionsAnswerForAPlanSection() {
        HttpResponse<String> response = officer.get("/api/plans/" + planIds.get(0) + "/sections/B/similar");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.parse(response.body());
        assertThat(body.get("planId").getLongValue()).isEqualTo(planIds.get(0));
        assertThat(body.get("similar").isArray()).isTrue();
        for (JsonNode similar : body.get("similar").values()) {
            assertThat(similar.get("planId").getLongValue()).isNotEqualTo(planIds.get(0));
        }
        assertThat(officer.get("/api/plans/" + planIds.get(0) + "/sections/Z/similar").statusCode()).isEqualTo(400);
        assertThat(trainer.get("/api/plans/" + planIds.get(0) + "/sections/B/similar").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdministratorRebuildsTheIndexWithProgress() throws InterruptedException {
        assertThat(officer.postJson("/api/search/rebuild", "{}").statusCode()).isEqualTo(403);
        HttpResponse<String> started = admin.postJson("/api/search/rebuild", "{}");
        assertThat(started.statusCode()).isEqualTo(202);
        String jobId = json.parse(started.body()).get("jobId").getStringValue();
        JsonNode status = null;
        for (int i = 0; i < 240; i++) {
            status = json.parse(admin.get("/api/search/rebuild/" + jobId).body());
            if (!status.get("status").getStringValue().equals("RUNNING")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(status.get("status").getStringValue()).isEqualTo("COMPLETED");
        assertThat(status.get("indexed").getIntValue()).isEqualTo(status.get("total").getIntValue())
                .isGreaterThanOrEqualTo(planIds.size());
        assertThat(distinctPlans(search(officer, "team=" + team + "&size=100"))).hasSize(planIds.size());
    }

    private JsonNode search(ApiClient client, String query) {
        HttpResponse<String> response = client.get("/api/search?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.parse(response.body());
    }

    private static Set<Long> distinctPlans(JsonNode result) {
        Set<Long> ids = new HashSet<>();
        result.get("hits").values().forEach(hit -> ids.add(hit.get("planId").getLongValue()));
        return ids;
    }

    private static Set<String> keys(JsonNode result) {
        Set<String> keys = new HashSet<>();
        result.get("hits").values().forEach(hit -> keys.add(hit.get("planId").getLongValue() + "/"
                + hit.get("section").getStringValue()));
        return keys;
    }

    private ApiClient user(String role) {
        String name = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.postJson("/api/users", """
                {"username":"%s","password":"%s","displayName":"Search test","roles":["%s"]}
                """.formatted(name, PASSWORD, role));
        assertThat(created.statusCode()).isEqualTo(201);
        return ApiClient.basic(server.getURI(), name, PASSWORD);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
