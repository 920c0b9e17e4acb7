package org.ehcpqa.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.audit.AuditHttp;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The start page tells each role what is waiting for them, and follows the work as it moves on. */
@MicronautTest
class HomePageIT implements TestApplication {

    private static final Pattern BEING_RATED = Pattern.compile("(\\d+) audit\\(s\\) being rated");
    private static final Pattern AWAITING_MODERATION = Pattern.compile("(\\d+) submitted audit\\(s\\) awaiting");

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper mapper;

    @Test
    void anAuditMovesFromItsAuditorsStartPageToAModeratorsAndManagersSeeTheCounts() {
        String auditor = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");
        String moderator = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");
        String manager = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "manager", "MANAGER");
        long planId = uploadPlan();
        PageSession auditorPages = signedIn(auditor);
        PageSession moderatorPages = signedIn(moderator);
        PageSession managerPages = signedIn(manager);
        assertThat(auditorPages.get("/").body()).contains("Your audits", "Nothing is waiting for you");
        int ratedBefore = count(BEING_RATED, managerPages.get("/").body());

        Json json = new Json(mapper);
        AuditHttp api = new AuditHttp(server.getURI(), auditor, SignIn.PASSWORD);
        HttpResponse<String> opened = api.post("/api/audits", "{\"planId\":" + planId + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode audit = json.parse(opened.body());
        long id = audit.get("id").getLongValue();

        assertThat(auditorPages.get("/").body()).contains("To finish (1)", "Continue audit " + id,
                "href=\"/audits/" + id + "\"").doesNotContain("Nothing is waiting for you");
        assertThat(moderatorPages.get("/").body()).doesNotContain("Moderate audit " + id);
        String managerHome = managerPages.get("/").body();
        assertThat(count(BEING_RATED, managerHome)).isEqualTo(ratedBefore + 1);
        int awaitingBefore = count(AWAITING_MODERATION, managerHome);

        StringBuilder ratings = new StringBuilder();
        for (JsonNode section : audit.get("sections").values()) {
            for (JsonNode criterion : section.get("criteria").values()) {
                ratings.append(ratings.isEmpty() ? "" : ",").append("{\"criterionId\":\"")
                        .append(criterion.get("id").getStringValue()).append("\",\"result\":\"MET\"}");
            }
        }
        HttpResponse<String> rated = api.put("/api/audits/" + id + "/criteria", "{\"ratings\":[" + ratings + "]}", 0);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        int version = json.parse(rated.body()).get("version").getIntValue();
        HttpResponse<String> submitted = api.post("/api/audits/" + id + "/submit", "{}", version);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        assertThat(auditorPages.get("/").body()).doesNotContain("Continue audit " + id)
                .contains("1 of your submitted audit(s) wait for a moderator.");
        assertThat(moderatorPages.get("/").body()).contains("Moderate audit " + id,
                "href=\"/audits/" + id + "/moderation\"");
        managerHome = managerPages.get("/").body();
        assertThat(count(BEING_RATED, managerHome)).isEqualTo(ratedBefore);
        assertThat(count(AWAITING_MODERATION, managerHome)).isEqualTo(awaitingBefore + 1);
        assertThat(managerHome).doesNotContain("Your audits").contains("overdue for annual review");
    }

    @Test
    void aTrainerSeesTheirOwnPacksOnly() {
        String trainer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "trainer", "TRAINER");
        String colleague = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "trainer", "TRAINER");
        String title = "Start page pack " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = new AuditHttp(server.getURI(), trainer, SignIn.PASSWORD)
                .post("/api/training-packs", "{\"title\":\"" + title + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long packId = new Json(mapper).parse(created.body()).get("id").getLongValue();

        assertThat(signedIn(trainer).get("/").body()).contains("Your training packs", title,
                "href=\"/training-packs/" + packId + "\"").doesNotContain("Your audits");
        assertThat(signedIn(colleague).get("/").body()).doesNotContain(title);
    }

    private PageSession signedIn(String username) {
        PageSession page = new PageSession(server.getURI());
        page.signIn(username, SignIn.PASSWORD);
        return page;
    }

    private long uploadPlan() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> uploaded = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).upload("/api/plans",
                "home-page-" + marker + ".txt", BrowserPlans.weak("Robin Vale", "03/04/2014", marker)
                        .getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return new Json(mapper).parse(uploaded.body()).get("id").getLongValue();
    }

    private static int count(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("the page shows " + pattern.pattern()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
