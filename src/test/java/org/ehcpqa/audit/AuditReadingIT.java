package org.ehcpqa.audit;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading audits (issue 5): labels for every rating, blindness towards every other QA officer until an audit is
 * moderated, suggestions taken from the stored assessment, and the criteria's evidence in the report. Not
 * transactional: the stored assessment is changed through JDBC, and the change must be committed for the server's
 * own connections to see it.
 */
@MicronautTest(transactional = false)
class AuditReadingIT implements TestApplication {

    static final String PASSWORD = "a-long-enough-password";
    static final String SECRET_COMMENT = "Auditor's private note " + UUID.randomUUID();

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    DataSource dataSource;

    Json json;
    ApiClient admin;
    AuditHttp qa1;
    AuditHttp qa2;
    AuditHttp qa3;
    AuditHttp manager;

    @BeforeAll
    void users() {
        json = new Json(mapper);
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        qa1 = user("rd1-" + suffix, "QA_OFFICER");
        qa2 = user("rd2-" + suffix, "QA_OFFICER");
        qa3 = user("rd3-" + suffix, "QA_OFFICER");
        manager = user("rdm-" + suffix, "MANAGER");
    }

    AuditHttp user(String name, String role) {
        HttpResponse<String> created = admin.postJson("/api/users", """
                {"username":"%s","password":"%s","displayName":"%s","roles":["%s"]}""".formatted(name, PASSWORD, name,
                role));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new AuditHttp(server.getURI(), name, PASSWORD);
    }

    long plan(String child) {
        HttpResponse<String> uploaded = admin.upload("/api/plans", "plan.txt",
                SamplePlans.text(child, "03/09/2015", "14/01/2025", UUID.randomUUID().toString()),
                Map.of("team", "East"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        return json.parse(uploaded.body()).get("id").getLongValue();
    }

    @Test
    void otherOfficersSeeNoJudgementUntilModeratedAndAgreedRatingsShowLabels() {
        long planId = plan("Tamsin Rowe");
        JsonNode audit = json.parse(qa1.post("/api/audits", "{\"planId\":" + planId
                + ",\"framework\":\"statutory-baseline\"}").body());
        long id = audit.get("id").getLongValue();
        List<String> criteria = new ArrayList<>();
        List<String> fCriteria = new ArrayList<>();
        String quoted = null;
        for (JsonNode section : audit.get("sections").values()) {
            for (JsonNode criterion : section.get("criteria").values()) {
                criteria.add(criterion.get("id").getStringValue());
                if (section.get("code").getStringValue().equals("F")) {
                    fCriteria.add(criterion.get("id").getStringValue());
                }
                for (JsonNode span : criterion.get("evidence").values()) {
                    String text = span.get("text").getStringValue();
                    if (quoted == null && text.matches("[A-Za-z0-9 .,]{8,}")) {
                        quoted = text;
                    }
                }
            }
        }
        assertThat(quoted).as("a criterion with quoted evidence").isNotNull();
        StringBuilder ratings = new StringBuilder();
        for (String criterion : criteria) {
            ratings.append(ratings.isEmpty() ? "" : ",").append("{\"criterionId\":\"").append(criterion)
                    .append("\",\"result\":\"").append(fCriteria.contains(criterion) ? "NOT_MET" : "MET")
                    .append("\",\"comment\":\"").append(SECRET_COMMENT).append("\"}");
        }
        assertThat(qa1.put("/api/audits/" + id + "/criteria", "{\"ratings\":[" + ratings + "]}", 0).statusCode())
                .isEqualTo(200);
        assertThat(qa1.post("/api/audits/" + id + "/findings",
                "{\"kind\":\"STRENGTH\",\"section\":\"B\",\"text\":\"Needs are specific.\"}", 1).statusCode())
                .isEqualTo(201);

        // A draft: another QA officer (a possible moderator) and a manager see what it is about, but no judgement.
        for (AuditHttp reader : List.of(qa3, manager)) {
            assertHidden(reader, id);
        }
        assertThat(json.parse(qa1.get("/api/audits/" + id).body()).get("firstRatingsHidden").getBooleanValue())
                .isFalse();
        HttpResponse<String> trail = qa3.get("/api/audits/" + id + "/trail");
        assertThat(trail.statusCode()).isEqualTo(403);
        assertThat(json.parse(trail.body()).get("type").getStringValue()).isEqualTo("/problems/audit-not-visible");
        assertThat(qa3.get("/api/audits/" + id + "/report-view").statusCode()).isEqualTo(403);

        // Submitted: managers (who never moderate) now see it; QA officers still do not, nor in the moderation view.
        assertThat(qa1.post("/api/audits/" + id + "/submit", "{}", 2).statusCode()).isEqualTo(200);
        assertHidden(qa3, id);
        assertHidden(qa2, id);
        assertThat(manager.get("/api/audits/" + id).body()).contains(SECRET_COMMENT);
        JsonNode peek = json.parse(qa2.get("/api/audits/" + id + "/moderation").body());
        assertThat(peek.get("blind").getBooleanValue()).isTrue();
        for (JsonNode rating : peek.get("ratings").values()) {
            assertThat(rating.get("auditorRating").isNull()).isTrue();
        }
        assertThat(qa2.get("/api/audits/" + id + "/moderation").body()).doesNotContain(SECRET_COMMENT);

        // Moderation by qa2: rates everything met, so section F differs; agreed as requires improvement.
        int version = json.parse(qa2.post("/api/audits/" + id + "/moderation", "{}", 3).body()).get("version")
                .getIntValue();
        String allMet = ratings.toString().replace("NOT_MET", "MET").replace(SECRET_COMMENT, "Moderator's view");
        version = json.parse(qa2.put("/api/audits/" + id + "/moderation/criteria", "{\"ratings\":[" + allMet + "]}",
                version).body()).get("version").getIntValue();
        JsonNode sideBySide = json.parse(qa2.post("/api/audits/" + id + "/moderation/submit", "{}", version).body());
        version = sideBySide.get("version").getIntValue();
        assertHidden(qa3, id);
        StringBuilder agreed = new StringBuilder();
        for (JsonNode rating : sideBySide.get("ratings").values()) {
            String first = AuditLifecycleIT.text(rating.get("auditorRating"));
            String second = AuditLifecycleIT.text(rating.get("moderatorRating"));
            if (first != null && !first.equals(second)) {
                agreed.append(agreed.isEmpty() ? "" : ",").append("{\"section\":\"")
                        .append(rating.get("section").getStringValue()).append("\",\"rating\":\"")
                        .append(rating.get("section").getStringValue().equals("F") ? "requires-improvement" : first)
                        .append("\",\"rationale\":\"Named but not quantified.\"}");
            }
        }
        HttpResponse<String> agreement = qa1.put("/api/audits/" + id + "/agreement", "{\"ratings\":[" + agreed + "]}",
                version);
        assertThat(agreement.statusCode()).as(agreement.body()).isEqualTo(200);
        JsonNode moderated = json.parse(agreement.body());
        JsonNode comparedF = AuditLifecycleIT.rating(moderated, "F");
        assertThat(comparedF.get("agreedLabel").getStringValue()).isEqualTo("Requires improvement");
        assertThat(comparedF.get("auditorLabel").getStringValue()).isEqualTo("Inadequate");
        assertThat(comparedF.get("moderatorLabel").getStringValue()).isEqualTo("Outstanding");

        // Moderated: every QA officer may read it now, with labels for the agreed rating (fix a).
        JsonNode read = json.parse(qa3.get("/api/audits/" + id).body());
        assertThat(read.get("firstRatingsHidden").getBooleanValue()).isFalse();
        JsonNode f = AuditLifecycleIT.section(read, "F").get("rating");
        assertThat(f.get("agreedRating").getStringValue()).isEqualTo("requires-improvement");
        assertThat(f.get("agreedLabel").getStringValue()).isEqualTo("Requires improvement");
        assertThat(f.get("derivedLabel").getStringValue()).isEqualTo("Inadequate");
        JsonNode report = json.parse(qa3.get("/api/audits/" + id + "/report-view").body());
        JsonNode reportF = null;
        for (JsonNode section : report.get("sections").values()) {
            if (section.get("code").getStringValue().equals("F")) {
                reportF = section.get("rating");
            }
        }
        assertThat(reportF.get("label").getStringValue()).isEqualTo("Requires improvement");
        assertThat(reportF.get("derivedLabel").getStringValue()).isEqualTo("Inadequate");

        // The report lists the criteria's evidence (fix d).
        HttpResponse<String> html = qa3.get("/api/reports/audits/" + id + ".html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("Evidence: " + quoted, "Requires improvement", "Rule gave Inadequate");
    }

    void assertHidden(AuditHttp reader, long id) {
        HttpResponse<String> response = reader.get("/api/audits/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode view = json.parse(response.body());
        assertThat(view.get("firstRatingsHidden").getBooleanValue()).isTrue();
        assertThat(view.get("findings").size()).isZero();
        assertThat(view.get("overall").get("rating").isNull()).isTrue();
        for (JsonNode section : view.get("sections").values()) {
            assertThat(section.get("rating").get("derivedRating").isNull()).isTrue();
            for (JsonNode criterion : section.get("criteria").values()) {
                assertThat(criterion.get("result").isNull()).isTrue();
                assertThat(criterion.get("suggestedResult").isNull()).as("suggestions stay visible").isFalse();
            }
        }
        assertThat(response.body()).doesNotContain(SECRET_COMMENT);
    }

    @Test
    void anAuditStartsFromTheStoredAssessmentAndScoresOnlyWhenNoneIsStored() throws SQLException {
        long planId = plan("Caspian Hale");
        // Reading the assessment stores it (if scoring on upload has not yet); then it is marked in the database,
        // so an audit that re-scored the plan instead would not carry the mark.
        assertThat(admin.get("/api/plans/" + planId + "/assessment?framework=statutory-baseline").statusCode())
                .isEqualTo(200);
        String mark = "Stored " + UUID.randomUUID() + ": ";
        try (Connection connection = rawConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE assessment SET result_json ="
                     + " REPLACE(result_json, '\"explanation\":\"', ?) WHERE plan_id = ? AND framework_id = ?")) {
            update.setString(1, "\"explanation\":\"" + mark);
            update.setLong(2, planId);
            update.setString(3, "statutory-baseline");
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        long[] storedMillis = openTimes(planId);
        JsonNode fromStored = json.parse(qa1.post("/api/audits", "{\"planId\":" + planId
                + ",\"framework\":\"statutory-baseline\"}").body());
        List<String> explanations = explanations(fromStored);
        assertThat(explanations).hasSizeGreaterThan(20).allMatch(explanation -> explanation.startsWith(mark));

        // Without a stored assessment the plan is scored, as before.
        try (Connection connection = rawConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM assessment WHERE plan_id = ?")) {
            delete.setLong(1, planId);
            assertThat(delete.executeUpdate()).as("every framework's assessment of the plan").isPositive();
        }
        long[] scoredMillis = openTimes(planId);
        System.out.printf("Opening an audit: median %d ms from the stored assessment, %d ms scoring the plan"
                + " (5 each)%n", storedMillis[2], scoredMillis[2]);
        HttpResponse<String> scored = qa1.post("/api/audits", "{\"planId\":" + planId
                + ",\"framework\":\"statutory-baseline\"}");
        assertThat(scored.statusCode()).as(scored.body()).isEqualTo(201);
        List<String> fresh = explanations(json.parse(scored.body()));
        assertThat(fresh).hasSameSizeAs(explanations).noneMatch(explanation -> explanation.startsWith(mark));
        assertThat(fresh).contains(explanations.get(0).substring(mark.length()));
    }

    /** Five openings of an audit of the plan, sorted, in milliseconds: a figure for the report, not a floor. */
    long[] openTimes(long planId) {
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            assertThat(qa1.post("/api/audits", "{\"planId\":" + planId + ",\"framework\":\"statutory-baseline\"}")
                    .statusCode()).isEqualTo(201);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    /** A connection of the pool itself, outside any transaction, so each statement commits for the server to see. */
    Connection rawConnection() throws SQLException {
        return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
    }

    static List<String> explanations(JsonNode audit) {
        List<String> explanations = new ArrayList<>();
        for (JsonNode section : audit.get("sections").values()) {
            for (JsonNode criterion : section.get("criteria").values()) {
                JsonNode explanation = criterion.get("explanation");
                if (explanation != null && !explanation.isNull()) {
                    explanations.add(explanation.getStringValue());
                }
            }
        }
        return explanations;
    }
}
