package org.ehcpqa.trend;

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

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Trends over audits made final through the API, for a team of this test's own. */
@MicronautTest
class TrendApiIT implements TestApplication {

    static final String PASSWORD = "a-long-enough-password";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    DataSource dataSource;

    Json json;
    ApiClient admin;
    AuditHttp qa;
    AuditHttp manager;
    AuditHttp trainer;
    AuditHttp adminHttp;
    String team;

    @BeforeAll
    void twoFinalAudits() {
        json = new Json(mapper);
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        adminHttp = new AuditHttp(server.getURI(), ADMIN, ADMIN_PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        team = "Trend team " + suffix;
        qa = user("tqa-" + suffix, "QA_OFFICER");
        manager = user("tmgr-" + suffix, "MANAGER");
        trainer = user("ttrn-" + suffix, "TRAINER");
        finalAudit(plan("Rhian Tallis", "2024-11-02"), false);
        finalAudit(plan("Owain Brackley", "2024-10-15"), true);
    }

    AuditHttp user(String name, String role) {
        assertThat(admin.postJson("/api/users", """
                {"username":"%s","password":"%s","displayName":"%s","roles":["%s"]}""".formatted(name, PASSWORD,
                name, role)).statusCode()).isEqualTo(201);
        return new AuditHttp(server.getURI(), name, PASSWORD);
    }

    long plan(String child, String issued) {
        HttpResponse<String> uploaded = admin.upload("/api/plans", "plan.txt", SamplePlans.text(child, "05/06/2015",
                LocalDate.parse(issued).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                UUID.randomUUID().toString()));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        long id = json.parse(uploaded.body()).get("id").getLongValue();
        // Set by hand after the upload, as a council does for plans imported without a team.
        HttpResponse<String> assigned = qa.patch("/api/plans/" + id, "{\"team\":\"" + team
                + "\",\"caseworker\":\"Caseworker " + child + "\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(json.parse(assigned.body()).get("team").getStringValue()).isEqualTo(team);
        return id;
    }

    void finalAudit(long planId, boolean weakF) {
        JsonNode audit = json.parse(qa.post("/api/audits", "{\"planId\":" + planId
                + ",\"framework\":\"statutory-baseline\"}").body());
        long id = audit.get("id").getLongValue();
        StringBuilder ratings = new StringBuilder();
        for (JsonNode section : audit.get("sections").values()) {
            for (JsonNode criterion : section.get("criteria").values()) {
                boolean notMet = weakF && section.get("code").getStringValue().equals("F");
                ratings.append(ratings.isEmpty() ? "" : ",").append("{\"criterionId\":\"")
                        .append(criterion.get("id").getStringValue()).append("\",\"result\":\"")
                        .append(notMet ? "NOT_MET" : "MET").append("\"}");
            }
        }
        assertThat(qa.put("/api/audits/" + id + "/criteria", "{\"ratings\":[" + ratings + "]}", 0).statusCode())
                .isEqualTo(200);
        assertThat(qa.post("/api/audits/" + id + "/submit", "{}", 1).statusCode()).isEqualTo(200);
        HttpResponse<String> finalised = qa.post("/api/audits/" + id + "/final", "{}", 2);
        assertThat(finalised.statusCode()).as(finalised.body()).isEqualTo(200);
    }

    @Test
    void distributionByTeamCountsBothAuditsAndTheShareRatedGoodOrBetter() {
        String month = LocalDate.now().toString().substring(0, 7);
        JsonNode table = json.parse(manager.get("/api/trends/distribution?framework=statutory-baseline&by=team&value="
                + encode(team)).body());
        assertThat(table.get("section").getStringValue()).isEqualTo("OVERALL");
        assertThat(table.get("goodLevel").getStringValue()).isEqualTo("good");
        assertThat(table.get("rows").size()).isEqualTo(1);
        JsonNode row = table.get("rows").get(0);
        assertThat(row.get("period").getStringValue()).isEqualTo(month);
        assertThat(row.get("key").getStringValue()).isEqualTo(team);
        assertThat(row.get("total").getLongValue()).isEqualTo(2);
        // The all-met audit is outstanding; the one with F not met is capped below good by the framework's rule.
        assertThat(row.get("counts").get(0).getLongValue()).isEqualTo(1);
        assertThat(row.get("share").getDoubleValue()).isEqualTo(0.5);

        JsonNode quarter = json.parse(manager.get("/api/trends/distribution?by=caseworker&period=quarter&section=F"
                + "&value=" + encode("Caseworker Owain Brackley")).body());
        assertThat(quarter.get("rows").get(0).get("period").getStringValue()).matches("\\d{4}-Q[1-4]");
        assertThat(quarter.get("rows").get(0).get("counts").get(3).getLongValue()).isEqualTo(1);
    }

    @Test
    void criteriaMostOftenNotMetLeadWithSectionF() {
        JsonNode table = json.parse(manager.get("/api/trends/not-met?framework=statutory-baseline&section=F").body());
        assertThat(table.get("rows").size()).isGreaterThan(0);
        JsonNode first = table.get("rows").get(0);
        assertThat(first.get("key").getStringValue()).startsWith("F");
        assertThat(first.get("counts").get(2).getLongValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void beforeAndAfterAnEventCountsTheAttendingTeamsAuditsAfterIt() {
        LocalDate lastMonth = LocalDate.now().minusMonths(1);
        JsonNode table = json.parse(manager.get("/api/trends/before-after?framework=statutory-baseline&date=" + lastMonth
                + "&teams=" + encode(team) + "&months=3").body());
        List<String> cells = new ArrayList<>();
        for (JsonNode row : table.get("rows").values()) {
            cells.add(row.get("period").getStringValue() + "|" + row.get("key").getStringValue() + "|"
                    + row.get("total").getLongValue());
        }
        assertThat(cells).contains("before|all attending teams|0", "after|all attending teams|2", "after|" + team + "|2");
    }

    @Test
    void plansIssuedOverAYearAgoAreOverdueForReview() {
        JsonNode overdue = json.parse(manager.get("/api/trends/overdue-reviews?team=" + encode(team)).body());
        assertThat(overdue.get("total").getIntValue()).isEqualTo(2);
        assertThat(overdue.get("plans").get(0).get("issueDate").getStringValue()).isEqualTo("2024-10-15");
        assertThat(overdue.get("plans").get(0).get("reviewDue").getStringValue()).isEqualTo("2025-10-15");
        JsonNode notYet = json.parse(manager.get("/api/trends/overdue-reviews?asOf=2025-10-01&team=" + encode(team))
                .body());
        assertThat(notYet.get("total").getIntValue()).isZero();
    }

    @Test
    void trainersSeeNoCutThatNamesPeople() {
        assertThat(trainer.get("/api/trends/distribution?by=team").statusCode()).isEqualTo(403);
        assertThat(trainer.get("/api/trends/distribution?by=caseworker").statusCode()).isEqualTo(403);
        assertThat(trainer.get("/api/trends/overdue-reviews").statusCode()).isEqualTo(403);
        assertThat(trainer.get("/api/trends/distribution?by=section").statusCode()).isEqualTo(200);
        assertThat(trainer.get("/api/trends/not-met").statusCode()).isEqualTo(200);
    }

    @Test
    void theCountsKeptOnFinalEqualARebuildFromTheAudits() throws SQLException {
        List<String> kept = counts();
        HttpResponse<String> rebuilt = adminHttp.post("/api/trends/rebuild", "{}");
        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        assertThat(counts()).isEqualTo(kept);
        assertThat(kept).isNotEmpty();
        assertThat(manager.post("/api/trends/rebuild", "{}").statusCode()).isEqualTo(403);
    }

    List<String> counts() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT framework_id, dimension, section, month, dim_value, level,"
                     + " n FROM trend_rating_count ORDER BY framework_id, dimension, section, month, dim_value, level")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getDate(4) + "|"
                        + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getInt(7));
            }
        }
        return rows;
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

}
