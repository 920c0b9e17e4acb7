package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
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
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend and practice event pages over plain HTTP, as a browser without JavaScript: roles, errors, conflicts. */
@MicronautTest
class ManagerPagesIT implements TestApplication {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    @Test
    void trainersOpenNeitherPageAndManagersReadEventsWithoutOrganisingThem() {
        PageSession trainer = session("trainer", "TRAINER");
        assertThat(trainer.get("/trends").statusCode()).isEqualTo(403);
        assertThat(trainer.get("/practice-events").statusCode()).isEqualTo(403);

        PageSession manager = session("manager", "MANAGER");
        HttpResponse<String> trends = manager.get("/trends");
        assertThat(trends.statusCode()).isEqualTo(200);
        assertThat(trends.body()).contains("href=\"/trends\"").contains("href=\"/practice-events\"");
        assertThat(manager.get("/practice-events").body()).doesNotContain("Record a practice event");
        assertThat(manager.get("/practice-events/new").statusCode()).isEqualTo(403);
        HttpResponse<String> refused = manager.postForm("/practice-events", Map.of("type", "TRAINING",
                "title", "Not theirs to record", "date-day", "1", "date-month", "2", "date-year", "2026"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aBadMonthIsNamedInTheErrorSummaryAndNoFiguresAreShown() {
        PageSession manager = session("manager", "MANAGER");
        HttpResponse<String> page = manager.get("/trends?from=March&to=2025-03");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<title>Error: Trends").contains("govuk-error-summary")
                .contains("href=\"#from\"").contains("The first month must be a year and month, like 2025-04")
                .doesNotContain("id=\"distribution\"");
    }

    @Test
    void aTeamChosenNarrowsTheCriteriaNotMetAndTheAgreementAndThePageSaysSo() {
        Json json = new Json(mapper);
        String officer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");
        AuditHttp api = new AuditHttp(server.getURI(), officer, SignIn.PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String strong = "Strong team " + suffix;
        String weak = "Weak team " + suffix;
        finalAuditOfTeam(api, json, strong, null);
        finalAuditOfTeam(api, json, weak, "F");
        PageSession manager = session("manager", "MANAGER");

        // One audit each: the strong team met F1 once (0.0% not met), the weak team missed it once (100.0%).
        String strongPage = manager.get("/trends?section=F&team=" + encode(strong)).body();
        assertThat(notMetRow(strongPage, "F1")).containsExactly("1", "0", "0", "0", "0.0%");
        assertThat(strongPage).contains("id=\"not-met-scope\">For team " + strong + ", from the first audit to now.<")
                .contains("id=\"agreement-scope\">For team " + strong + ", from the first audit to now.<");
        String weakPage = manager.get("/trends?section=F&team=" + encode(weak)).body();
        assertThat(notMetRow(weakPage, "F1")).containsExactly("0", "0", "1", "0", "100.0%");
        // Everyone's F1 holds both audits at least.
        String everyone = manager.get("/trends?section=F&from=2020-01").body();
        assertThat(everyone).contains("id=\"not-met-scope\">For every team and caseworker, from 2020-01 to now.<");
        assertThat(Long.parseLong(notMetRow(everyone, "F1").get(0))).isGreaterThanOrEqualTo(1);
        assertThat(Long.parseLong(notMetRow(everyone, "F1").get(2))).isGreaterThanOrEqualTo(1);
        assertThat(manager.get("/trends?need=ASD").body())
                .contains("For every team and caseworker, from the first audit to now. The primary need chosen does not"
                        + " narrow these figures.");
    }

    @Test
    void eventTextIsEscapedAndAChangeBasedOnAStaleVersionIsRefusedNotLost() {
        PageSession qa = session("qa", "QA_OFFICER");
        qa.get("/practice-events/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "PRACTICE_LEARNING");
        form.put("title", "<script>alert(1)</script> & learning");
        form.put("date-day", "3");
        form.put("date-month", "2");
        form.put("date-year", "2026");
        form.put("attendees", "Ola Brandt\nKit Moreau");
        HttpResponse<String> created = qa.postForm("/practice-events", form);
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/practice-events/\\d+\\?saved=created");
        String path = location.substring(0, location.indexOf('?'));

        HttpResponse<String> page = qa.get(path);
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; learning")
                .doesNotContain("<script>alert(1)</script>").contains("Kit Moreau, Ola Brandt");
        String version = version(page.body());

        HttpResponse<String> first = qa.postForm(path + "/themes", Map.of("version", version,
                "themeText", "Outcomes are not measurable"));
        assertThat(first.statusCode()).isEqualTo(303);
        HttpResponse<String> stale = qa.postForm(path + "/actions", Map.of("version", version,
                "actionText", "Written on a page read before the theme was added"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this event after you opened it")
                .contains("Outcomes are not measurable")
                .doesNotContain("<td class=\"govuk-table__cell\">Written on a page read before");
    }

    @Test
    void findingsOfTheEventsFinalAuditsAreOfferedForLinkingAndThoseOfAuditsInProgressAreNot() {
        Json json = new Json(mapper);
        String officer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");
        AuditHttp api = new AuditHttp(server.getURI(), officer, SignIn.PASSWORD);
        long finalAudit = audit(api, json, "The outcomes are specific and timed.", true);
        long draftAudit = audit(api, json, "Draft thought the moderator must not read.", false);
        HttpResponse<String> created = api.post("/api/practice-events", """
                {"type":"MODERATION_SESSION","date":"2026-02-10","title":"Moderation of outcomes",
                 "auditIds":[%d,%d]}""".formatted(finalAudit, draftAudit));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String path = "/practice-events/" + json.parse(created.body()).get("id").getLongValue();

        PageSession qa = new PageSession(server.getURI());
        qa.signIn(officer, SignIn.PASSWORD);
        HttpResponse<String> page = qa.get(path);
        assertThat(page.body()).contains("The outcomes are specific and timed.")
                .doesNotContain("Draft thought the moderator must not read.").contains("No findings linked yet.");
        Matcher offered = Pattern.compile("name=\"findingIds\" id=\"finding-(\\d+)\"").matcher(page.body());
        assertThat(offered.find()).isTrue();
        HttpResponse<String> linked = qa.postForm(path + "/findings", Map.of("version", version(page.body()),
                "findingIds", offered.group(1)));
        assertThat(linked.statusCode()).isEqualTo(303);
        HttpResponse<String> after = qa.get(path);
        assertThat(after.body()).contains("Finding " + offered.group(1) + " (audit " + finalAudit)
                .doesNotContain("No findings linked yet.").doesNotContain("id=\"finding-" + offered.group(1) + "\"");
    }

    /** An audit of a new plan with one finding; made final (every criterion met) when asked. */
    private long audit(AuditHttp api, Json json, String finding, boolean makeFinal) {
        HttpResponse<String> uploaded = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).upload("/api/plans",
                "plan.txt", SamplePlans.text("Rowan Example", "05/06/2015", "04/02/2025", UUID.randomUUID().toString()));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode audit = json.parse(api.post("/api/audits", "{\"planId\":" + json.parse(uploaded.body()).get("id")
                .getLongValue() + ",\"framework\":\"statutory-baseline\"}").body());
        long id = audit.get("id").getLongValue();
        HttpResponse<String> added = api.post("/api/audits/" + id + "/findings", "{\"kind\":\"STRENGTH\","
                + "\"section\":\"E\",\"text\":\"" + finding + "\"}", audit.get("version").getIntValue());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        if (!makeFinal) {
            return id;
        }
        makeFinal(api, json, audit, null);
        return id;
    }

    /** Rates every criterion met (those of section notMet, when given, not met), submits the audit and ends it. */
    private static void makeFinal(AuditHttp api, Json json, JsonNode audit, @Nullable String notMet) {
        long id = audit.get("id").getLongValue();
        assertThat(api.put("/api/audits/" + id + "/criteria", AuditHttp.ratings(audit, notMet), current(api, json, id))
                .statusCode()).isEqualTo(200);
        assertThat(api.post("/api/audits/" + id + "/submit", "{}", current(api, json, id)).statusCode()).isEqualTo(200);
        HttpResponse<String> finalised = api.post("/api/audits/" + id + "/final", "{}", current(api, json, id));
        assertThat(finalised.statusCode()).as(finalised.body()).isEqualTo(200);
    }

    /** A final audit of a new plan of the team, with every criterion met but those of section notMet. */
    private void finalAuditOfTeam(AuditHttp api, Json json, String team, @Nullable String notMet) {
        HttpResponse<String> uploaded = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).upload("/api/plans",
                "plan.txt", SamplePlans.text("Ffion Example", "05/06/2015", "04/02/2025",
                        UUID.randomUUID().toString()));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long planId = json.parse(uploaded.body()).get("id").getLongValue();
        assertThat(api.patch("/api/plans/" + planId, "{\"team\":\"" + team + "\"}").statusCode()).isEqualTo(200);
        makeFinal(api, json, json.parse(api.post("/api/audits", "{\"planId\":" + planId
                + ",\"framework\":\"statutory-baseline\"}").body()), notMet);
    }

    /** The counts and share of a criterion's row in the table of criteria not met. */
    private static List<String> notMetRow(String html, String criterion) {
        Matcher table = Pattern.compile("(?s)<table[^>]*id=\"not-met\".*?</table>").matcher(html);
        assertThat(table.find()).as("the table of criteria not met").isTrue();
        Matcher row = Pattern.compile("(?s)<th scope=\"row\"[^>]*>" + Pattern.quote(criterion) + ":.*?</th>(.*?)</tr>")
                .matcher(table.group());
        assertThat(row.find()).as("a row for " + criterion).isTrue();
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
        while (cell.find()) {
            cells.add(cell.group(1));
        }
        return cells;
    }

    private static int current(AuditHttp api, Json json, long id) {
        return json.parse(api.get("/api/audits/" + id).body()).get("version").getIntValue();
    }

    private PageSession session(String prefix, String role) {
        return PageSession.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, prefix, role);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String version(String html) {
        return PageSession.formVersion(html);
    }
}
