package org.ehcpqa.practice;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.audit.AuditHttp;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Practice events through HTTP: an audit cycle's sample, and a learning event drawing on audits and findings. */
@MicronautTest
class PracticeEventApiIT implements TestApplication {

    static final String PASSWORD = "a-long-enough-password";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    Json json;
    ApiClient admin;
    AuditHttp qa;
    AuditHttp manager;
    AuditHttp trainer;
    String qaName;
    String suffix;

    @BeforeAll
    void users() {
        json = new Json(mapper);
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        qaName = "pqa-" + suffix;
        qa = user(qaName, "QA_OFFICER");
        manager = user("pmgr-" + suffix, "MANAGER");
        trainer = user("ptrn-" + suffix, "TRAINER");
    }

    AuditHttp user(String name, String role) {
        assertThat(admin.postJson("/api/users", """
                {"username":"%s","password":"%s","displayName":"%s","roles":["%s"]}""".formatted(name, PASSWORD,
                name, role)).statusCode()).isEqualTo(201);
        return new AuditHttp(server.getURI(), name, PASSWORD);
    }

    @Test
    void anAuditCycleSamplesPlansByTeamAndAssignsThemRoundRobin() {
        // Plans issued on a day of their own (in 1999), so no other test's plans fall in the period.
        int day = 1 + Math.floorMod(suffix.hashCode(), 28);
        String issued = "%02d/03/1999".formatted(day);
        String iso = "1999-03-%02d".formatted(day);
        Map<String, Integer> teams = Map.of("Alpha " + suffix, 6, "Beta " + suffix, 3, "Gamma " + suffix, 3);
        teams.forEach((team, n) -> {
            for (int i = 0; i < n; i++) {
                HttpResponse<String> uploaded = admin.upload("/api/plans", "plan.txt", SamplePlans.text(
                        "Child " + team + " " + i, "01/01/1990", issued, UUID.randomUUID().toString()),
                        Map.of("team", team));
                assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            }
        });
        HttpResponse<String> created = qa.post("/api/practice-events", """
                {"type":"AUDIT_CYCLE","date":"2026-01-15","title":"Spring audit cycle","framework":"statutory-baseline"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long event = json.parse(created.body()).get("id").getLongValue();

        String sample = """
                {"from":"%s","to":"%s","count":6,"stratifyBy":"TEAM","seed":7,"auditors":["%s","second-auditor"]}"""
                .formatted(iso, iso, qaName);
        HttpResponse<String> sampled = qa.post("/api/practice-events/" + event + "/sample", sample);
        assertThat(sampled.statusCode()).as(sampled.body()).isEqualTo(201);
        JsonNode result = json.parse(sampled.body());
        Map<String, Integer> allocation = new HashMap<>();
        for (JsonNode stratum : result.get("strata").values()) {
            allocation.put(stratum.get("stratum").getStringValue(), stratum.get("sampled").getIntValue());
        }
        // 6 of 12 plans, in proportion 6:3:3.
        assertThat(allocation).containsEntry("Alpha " + suffix, 3).containsEntry("Beta " + suffix, 2)
                .containsEntry("Gamma " + suffix, 1);
        List<String> assignees = new ArrayList<>();
        for (JsonNode audit : result.get("audits").values()) {
            assignees.add(audit.get("auditor").getStringValue());
            JsonNode opened = json.parse(qa.get("/api/audits/" + audit.get("auditId").getLongValue()).body());
            assertThat(opened.get("status").getStringValue()).isEqualTo("DRAFT");
            assertThat(opened.get("origin").getStringValue()).isEqualTo("SAMPLED");
            assertThat(opened.get("auditor").getStringValue()).isEqualTo(audit.get("auditor").getStringValue());
        }
        assertThat(assignees).containsExactly(qaName, "second-auditor", qaName, "second-auditor", qaName,
                "second-auditor");

        // The same seed over the same plans draws the same sample.
        long again = json.parse(qa.post("/api/practice-events", """
                {"type":"AUDIT_CYCLE","date":"2026-01-16","title":"Repeat"}""").body()).get("id").getLongValue();
        JsonNode repeat = json.parse(qa.post("/api/practice-events/" + again + "/sample", sample).body());
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        result.get("audits").values().forEach(a -> first.add(a.get("planId").getLongValue()));
        repeat.get("audits").values().forEach(a -> second.add(a.get("planId").getLongValue()));
        assertThat(second).isEqualTo(first);

        JsonNode view = json.parse(manager.get("/api/practice-events/" + event).body());
        assertThat(view.get("audits").size()).isEqualTo(6);
        assertThat(trainer.get("/api/practice-events/" + event).statusCode()).isEqualTo(403);
        assertThat(manager.post("/api/practice-events", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void aLearningEventDrawsOnAuditsAndSuggestsThemesFromCriteriaNotMet() {
        HttpResponse<String> uploaded = admin.upload("/api/plans", "plan.txt", SamplePlans.text("Elin Garrow",
                "01/02/2016", "10/01/2025", UUID.randomUUID().toString()));
        long planId = json.parse(uploaded.body()).get("id").getLongValue();
        JsonNode audit = json.parse(qa.post("/api/audits", "{\"planId\":" + planId + "}").body());
        long auditId = audit.get("id").getLongValue();
        StringBuilder ratings = new StringBuilder();
        for (JsonNode section : audit.get("sections").values()) {
            for (JsonNode criterion : section.get("criteria").values()) {
                String criterionId = criterion.get("id").getStringValue();
                ratings.append(ratings.isEmpty() ? "" : ",").append("{\"criterionId\":\"").append(criterionId)
                        .append("\",\"result\":\"").append(criterionId.equals("F1") ? "NOT_MET" : "MET").append("\"}");
            }
        }
        HttpResponse<String> rated = qa.put("/api/audits/" + auditId + "/criteria", "{\"ratings\":[" + ratings + "]}", 0);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        JsonNode withFinding = json.parse(qa.post("/api/audits/" + auditId + "/findings",
                "{\"kind\":\"AREA_FOR_DEVELOPMENT\",\"criterionId\":\"F1\",\"text\":\"Say how often and by whom.\"}", 1)
                .body());
        long findingId = withFinding.get("findings").get(0).get("id").getLongValue();

        HttpResponse<String> created = qa.post("/api/practice-events", """
                {"type":"PRACTICE_LEARNING","date":"2026-02-03","title":"Section F workshop","teams":["West"],
                 "attendees":["A. Caseworker","B. Caseworker"],"auditIds":[%d],"findingIds":[%d],
                 "themes":[{"criterionId":"F1","text":"Quantify provision"}],
                 "actions":[{"text":"Share the specificity checklist","owner":"QA lead","due":"2026-03-01"}],
                 "notes":"Good discussion."}""".formatted(auditId, findingId));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode event = json.parse(created.body());
        assertThat(event.get("suggestedThemes").size()).isEqualTo(1);
        assertThat(event.get("suggestedThemes").get(0).get("criterionId").getStringValue()).isEqualTo("F1");
        assertThat(event.get("findings").get(0).get("text").getStringValue()).isEqualTo("Say how often and by whom.");
        assertThat(event.get("actions").get(0).get("status").getStringValue()).isEqualTo("OPEN");
        assertThat(event.get("attendees").size()).isEqualTo(2);
        long id = event.get("id").getLongValue();

        String change = """
                {"type":"PRACTICE_LEARNING","date":"2026-02-03","title":"Section F workshop (revised)","teams":["West"]}""";
        assertThat(qa.put("/api/practice-events/" + id, change, 0).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = qa.put("/api/practice-events/" + id, change, 0);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.parse(stale.body()).get("type").getStringValue()).isEqualTo("/problems/edit-conflict");

        HttpResponse<String> beforeAfter = manager.get("/api/practice-events/" + id + "/before-after?months=3");
        assertThat(beforeAfter.statusCode()).as(beforeAfter.body()).isEqualTo(200);
        assertThat(json.parse(beforeAfter.body()).get("rows").size()).isGreaterThanOrEqualTo(2);
    }
}
