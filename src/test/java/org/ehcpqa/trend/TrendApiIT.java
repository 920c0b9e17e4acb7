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
import static org.assertj.core.api.Assertions.within;

/**
 * Trends over audits made final through the API, for a team of this test's own; a second team of its own has one
 * final audit with every criterion met and one moderated audit, so figures narrowed to a team differ from everyone's.
 */
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
    AuditHttp moderator;
    AuditHttp manager;
    AuditHttp trainer;
    AuditHttp adminHttp;
    String suffix;
    String team;
    String otherTeam;
    String qaName;
    String moderatorName;
    /** Sections of the moderated audit both raters rated, OVERALL left out. */
    int moderatedSections;

    @BeforeAll
    void auditsOfTwoTeams() {
        json = new Json(mapper);
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        adminHttp = new AuditHttp(server.getURI(), ADMIN, ADMIN_PASSWORD);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        team = "Trend team " + suffix;
        otherTeam = "Other trend team " + suffix;
        qaName = "tqa-" + suffix;
        moderatorName = "tmod-" + suffix;
        qa = user(qaName, "QA_OFFICER");
        moderator = user(moderatorName, "QA_OFFICER");
        manager = user("tmgr-" + suffix, "MANAGER");
        trainer = user("ttrn-" + suffix, "TRAINER");
        finalAudit(plan("Rhian Tallis", "2024-11-02", team), false);
        finalAudit(plan("Owain Brackley", "2024-10-15", team), true);
        finalAudit(plan("Elin Marchbank", "2025-09-01", otherTeam), false);
        moderatedSections = moderatedAudit(plan("Idris Fenwick", "2025-09-03", otherTeam));
    }

    AuditHttp user(String name, String role) {
        assertThat(admin.postJson("/api/users", """
                {"username":"%s","password":"%s","displayName":"%s","roles":["%s"]}""".formatted(name, PASSWORD,
                name, role)).statusCode()).isEqualTo(201);
        return new AuditHttp(server.getURI(), name, PASSWORD);
    }

    /** Each child's caseworker, of this test's own. */
    String caseworker(String child) {
        return "Caseworker " + child + " " + suffix;
    }

    long plan(String child, String issued, String team) {
        HttpResponse<String> uploaded = admin.upload("/api/plans", "plan.txt", SamplePlans.text(child, "05/06/2015",
                LocalDate.parse(issued).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                UUID.randomUUID().toString()));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        long id = json.parse(uploaded.body()).get("id").getLongValue();
        // Set by hand after the upload, as a council does for plans imported without a team.
        HttpResponse<String> assigned = qa.patch("/api/plans/" + id, "{\"team\":\"" + team
                + "\",\"caseworker\":\"" + caseworker(child) + "\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(json.parse(assigned.body()).get("team").getStringValue()).isEqualTo(team);
        return id;
    }

    void finalAudit(long planId, boolean weakF) {
        long id = submittedAudit(planId, weakF);
        HttpResponse<String> finalised = qa.post("/api/audits/" + id + "/final", "{}", 2);
        assertThat(finalised.statusCode()).as(finalised.body()).isEqualTo(200);
    }

    /** An audit opened, rated (every criterion met, but those of F when weakF) and submitted by the QA officer. */
    long submittedAudit(long planId, boolean weakF) {
        JsonNode audit = json.parse(qa.post("/api/audits", "{\"planId\":" + planId
                + ",\"framework\":\"statutory-baseline\"}").body());
        long id = audit.get("id").getLongValue();
        assertThat(qa.put("/api/audits/" + id + "/criteria", AuditHttp.ratings(audit, weakF ? "F" : null), 0)
                .statusCode()).isEqualTo(200);
        assertThat(qa.post("/api/audits/" + id + "/submit", "{}", 1).statusCode()).isEqualTo(200);
        return id;
    }

    /**
     * The auditor leaves F's criteria not met, the moderator meets every criterion, and the pair agree (not final):
     * the raters differ on section F only. Returns how many sections both rated, OVERALL left out.
     */
    int moderatedAudit(long planId) {
        long id = submittedAudit(planId, true);
        HttpResponse<String> started = moderator.post("/api/audits/" + id + "/moderation", "{}", 2);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        int version = json.parse(started.body()).get("version").getIntValue();
        JsonNode audit = json.parse(qa.get("/api/audits/" + id).body());
        HttpResponse<String> rated = moderator.put("/api/audits/" + id + "/moderation/criteria",
                AuditHttp.ratings(audit, null), version);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        HttpResponse<String> submitted = moderator.post("/api/audits/" + id + "/moderation/submit", "{}",
                json.parse(rated.body()).get("version").getIntValue());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode sideBySide = json.parse(submitted.body());
        StringBuilder agreed = new StringBuilder();
        int both = 0;
        for (JsonNode rating : sideBySide.get("ratings").values()) {
            JsonNode first = rating.get("auditorRating");
            JsonNode second = rating.get("moderatorRating");
            if (first == null || first.isNull() || second == null || second.isNull()) {
                continue;
            }
            String section = rating.get("section").getStringValue();
            both += section.equals("OVERALL") ? 0 : 1;
            if (!first.getStringValue().equals(second.getStringValue())) {
                assertThat(section).isIn("F", "OVERALL");
                agreed.append(agreed.isEmpty() ? "" : ",").append("{\"section\":\"").append(section)
                        .append("\",\"rating\":\"").append(second.getStringValue())
                        .append("\",\"rationale\":\"The provision is specified after all.\"}");
            }
        }
        HttpResponse<String> agreement = qa.put("/api/audits/" + id + "/agreement", "{\"ratings\":[" + agreed + "]}",
                sideBySide.get("version").getIntValue());
        assertThat(agreement.statusCode()).as(agreement.body()).isEqualTo(200);
        return both;
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
                + "&value=" + encode(caseworker("Owain Brackley"))).body());
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
    void criteriaNotMetOfOneTeamOrCaseworkerCountOnlyTheirFinalAudits() {
        // This team: one audit met every criterion, the other met none of F's, so each F criterion is 1 met, 1 not.
        JsonNode ofTeam = notMet("section=F&team=" + encode(team));
        assertThat(ofTeam.get("title").getStringValue()).isEqualTo("Criteria most often not met, team " + team);
        assertThat(ofTeam.get("rows").size()).isGreaterThan(0);
        for (JsonNode row : ofTeam.get("rows").values()) {
            assertThat(row.get("key").getStringValue()).startsWith("F");
            assertThat(counts(row)).containsExactly(1L, 0L, 1L, 0L);
            assertThat(row.get("share").getDoubleValue()).isEqualTo(0.5);
        }
        // Owain's caseworker holds only the weak audit; with the team as well, still only that one.
        for (String query : List.of("caseworker=" + encode(caseworker("Owain Brackley")),
                "team=" + encode(team) + "&caseworker=" + encode(caseworker("Owain Brackley")))) {
            JsonNode ofCaseworker = notMet("section=F&" + query);
            assertThat(ofCaseworker.get("rows").size()).isEqualTo(ofTeam.get("rows").size());
            for (JsonNode row : ofCaseworker.get("rows").values()) {
                assertThat(counts(row)).containsExactly(0L, 0L, 1L, 0L);
                assertThat(row.get("share").getDoubleValue()).isEqualTo(1.0);
            }
        }
        // The other team's only final audit met everything; its moderated audit is not final and not counted.
        for (JsonNode row : notMet("section=F&team=" + encode(otherTeam)).get("rows").values()) {
            assertThat(counts(row)).containsExactly(1L, 0L, 0L, 0L);
        }
        assertThat(notMet("team=" + encode(otherTeam) + "&caseworker=" + encode(caseworker("Owain Brackley")))
                .get("rows").size()).isZero();
        // Everyone's counts hold at least both teams' audits: more than this team's one met F criterion.
        String firstCriterion = ofTeam.get("rows").get(0).get("key").getStringValue();
        JsonNode everyone = notMet("section=F&limit=100");
        assertThat(everyone.get("title").getStringValue()).isEqualTo("Criteria most often not met");
        assertThat(everyone.get("rows").values()).filteredOn(row -> row.get("key").getStringValue()
                .equals(firstCriterion)).singleElement().satisfies(row -> assertThat(counts(row).get(0))
                .isGreaterThanOrEqualTo(2L));
    }

    @Test
    void agreementOfOneTeamOrCaseworkerCountsOnlyTheirModeratedAudits() {
        // The raters differ on F alone: every other section both rated agrees exactly.
        for (String query : List.of("team=" + encode(otherTeam), "caseworker=" + encode(caseworker("Idris Fenwick")))) {
            JsonNode report = json.parse(manager.get("/api/audits/agreement?framework=statutory-baseline&" + query)
                    .body());
            JsonNode all = report.get("all");
            assertThat(all.get("pairs").getIntValue()).isEqualTo(moderatedSections);
            double agreeing = (moderatedSections - 1) / (double) moderatedSections;
            assertThat(all.get("exactAgreement").getDoubleValue()).isCloseTo(agreeing, within(1e-9));
            assertThat(report.get("byPair").size()).isEqualTo(1);
            assertThat(report.get("byPair").get(0).get("auditor").getStringValue()).isEqualTo(qaName);
            assertThat(report.get("byPair").get(0).get("moderator").getStringValue()).isEqualTo(moderatorName);
            assertThat(report.get("bySection").values()).filteredOn(s -> s.get("section").getStringValue().equals("F"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.get("figures").get("pairs").getIntValue()).isEqualTo(1);
                        assertThat(f.get("figures").get("exactAgreement").getDoubleValue()).isZero();
                    });
        }
        JsonNode narrowed = json.parse(manager.get("/api/audits/agreement?team=" + encode(otherTeam)).body());
        assertThat(narrowed.get("team").getStringValue()).isEqualTo(otherTeam);
        // This test's first team had nothing moderated; everyone's figures hold at least the other team's pairs.
        JsonNode unmoderated = json.parse(manager.get("/api/audits/agreement?team=" + encode(team)).body());
        assertThat(unmoderated.get("all").get("pairs").getIntValue()).isZero();
        assertThat(unmoderated.get("automaticVersusHuman").size()).isGreaterThan(0);
        JsonNode everyone = json.parse(manager.get("/api/audits/agreement").body());
        assertThat(everyone.get("all").get("pairs").getIntValue()).isGreaterThanOrEqualTo(moderatedSections);
        assertThat(everyone.get("team").isNull()).isTrue();
    }

    JsonNode notMet(String query) {
        HttpResponse<String> answer = manager.get("/api/trends/not-met?framework=statutory-baseline&" + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.parse(answer.body());
    }

    static List<Long> counts(JsonNode row) {
        List<Long> counts = new ArrayList<>();
        row.get("counts").values().forEach(count -> counts.add(count.getLongValue()));
        return counts;
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
        assertThat(trainer.get("/api/trends/not-met?team=" + encode(team)).statusCode()).isEqualTo(403);
        assertThat(trainer.get("/api/trends/not-met?caseworker=" + encode(caseworker("Rhian Tallis"))).statusCode())
                .isEqualTo(403);
        assertThat(trainer.get("/api/audits/agreement?team=" + encode(team)).statusCode()).isEqualTo(403);
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
