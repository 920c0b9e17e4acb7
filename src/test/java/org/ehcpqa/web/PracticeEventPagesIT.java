package org.ehcpqa.web;

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

/**
 * Changing a practice event after it was recorded, through its pages as a browser without JavaScript: the details,
 * actions (done, reopened, changed, removed), themes (reworded, removed) and linked findings (unlinked). Each form
 * is refused with the reason for bad input, for a version someone else changed since, and for a role that only
 * reads events or may not see them at all; what the service answers is checked through the JSON API.
 */
@MicronautTest
class PracticeEventPagesIT implements TestApplication {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    Json json;
    String officer;
    AuditHttp api;
    PageSession qa;
    PageSession manager;
    PageSession trainer;

    @BeforeAll
    void users() {
        json = new Json(mapper);
        officer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");
        api = new AuditHttp(server.getURI(), officer, SignIn.PASSWORD);
        qa = new PageSession(server.getURI());
        qa.signIn(officer, SignIn.PASSWORD);
        manager = session("manager", "MANAGER");
        trainer = session("trainer", "TRAINER");
    }

    @Test
    void theDetailsChangeWithTheVersionReadAndAreRefusedWhenBadOrStale() {
        long id = event("""
                {"type":"PRACTICE_LEARNING","date":"2026-03-02","title":"Outcomes workshop","teams":["East"],
                 "attendees":["Dana Ives"],"themes":[{"text":"Outcomes are not timed"}],
                 "actions":[{"text":"Share the outcomes guide"}],"notes":"Kept."}""");
        String path = "/practice-events/" + id;
        assertThat(qa.get(path).body()).contains("href=\"" + path + "/details\"");

        HttpResponse<String> form = qa.get(path + "/details");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"Outcomes workshop\"").contains("name=\"date-day\" value=\"2\"")
                .contains(">East</textarea>").contains(">Dana Ives</textarea>")
                .contains("<option value=\"council-practice\"");
        String version = version(form.body());

        HttpResponse<String> blank = qa.postForm(path + "/details", details(version, " ", "31", "2", "2026"));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("<title>Error: Change the event details").contains("govuk-error-summary")
                .contains("href=\"#title\">Enter a title").contains("href=\"#date-day\">The date of the event must be a"
                        + " real date").contains("name=\"version\" value=\"" + version + "\"");
        Map<String, String> unknownFramework = details(version, "Outcomes workshop", "2", "3", "2026");
        unknownFramework.put("framework", "no-such-framework");
        assertThat(qa.postForm(path + "/details", unknownFramework).body())
                .contains("href=\"#framework\">Choose one of the frameworks listed");
        Map<String, String> longTeam = details(version, "Outcomes workshop", "2", "3", "2026");
        longTeam.put("otherTeams", "East\n" + "W".repeat(101));
        assertThat(qa.postForm(path + "/details", longTeam).body())
                .contains("href=\"#otherTeams\">Each team must be 100 characters or fewer");
        assertThat(view(id).get("title").getStringValue()).isEqualTo("Outcomes workshop");

        Map<String, String> change = details(version, "Outcomes workshop (spring)", "9", "3", "2026");
        change.put("otherTeams", "East\nWest");
        change.put("attendees", "Dana Ives\nElis Fenn");
        change.put("framework", "council-practice");
        HttpResponse<String> saved = qa.postForm(path + "/details", change);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue(path + "?saved=details");
        assertThat(qa.get(path + "?saved=details").body()).contains("Event details saved.")
                .contains("Outcomes workshop (spring)").contains("East, West").contains("Dana Ives, Elis Fenn")
                .contains("council-practice");
        JsonNode after = view(id);
        assertThat(after.get("date").getStringValue()).isEqualTo("2026-03-09");
        assertThat(after.get("framework").getStringValue()).isEqualTo("council-practice");
        // The rest of the event is as it was: the page replaced only the details.
        assertThat(after.get("themes").size()).isEqualTo(1);
        assertThat(after.get("actions").size()).isEqualTo(1);
        assertThat(after.get("notes").getStringValue()).isEqualTo("Kept.");

        // The same form sent again is based on the version before the change: refused, and nothing is lost.
        HttpResponse<String> stale = qa.postForm(path + "/details", details(version, "Written over", "1", "1", "2026"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this event after you opened it")
                .contains("Outcomes workshop (spring)");
        assertThat(view(id).get("title").getStringValue()).isEqualTo("Outcomes workshop (spring)");

        String current = version(qa.get(path + "/details").body());
        assertThat(manager.get(path + "/details").statusCode()).isEqualTo(403);
        assertThat(manager.postForm(path + "/details", details(current, "Manager's", "1", "1", "2026")).statusCode())
                .isEqualTo(403);
        assertThat(trainer.get(path + "/details").statusCode()).isEqualTo(403);
        assertThat(trainer.postForm(path + "/details", details(current, "Trainer's", "1", "1", "2026")).statusCode())
                .isEqualTo(403);
        assertThat(view(id).get("title").getStringValue()).isEqualTo("Outcomes workshop (spring)");
    }

    @Test
    void aSampledAuditCycleKeepsItsFramework() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        // A plan issued on a day of this test's own (in 1997), so the sample takes it and no other test's plans.
        int day = 1 + Math.floorMod(suffix.hashCode(), 28);
        HttpResponse<String> uploaded = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).upload("/api/plans",
                "plan.txt", SamplePlans.text("Child " + suffix, "01/01/1990", "%02d/09/1997".formatted(day),
                        UUID.randomUUID().toString()), Map.of("team", "Team " + suffix));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long id = event("""
                {"type":"AUDIT_CYCLE","date":"2026-04-01","title":"Autumn cycle","framework":"statutory-baseline"}""");
        String path = "/practice-events/" + id;
        HttpResponse<String> before = qa.get(path + "/details");
        assertThat(before.body()).contains("id=\"framework\"").doesNotContain("id=\"framework-fixed\"");

        String iso = "1997-09-%02d".formatted(day);
        HttpResponse<String> sampled = api.post(path.replace("/practice-events", "/api/practice-events") + "/sample",
                "{\"from\":\"%s\",\"to\":\"%s\",\"count\":1,\"auditors\":[\"%s\"]}".formatted(iso, iso, officer));
        assertThat(sampled.statusCode()).as(sampled.body()).isEqualTo(201);

        HttpResponse<String> form = qa.get(path + "/details");
        assertThat(form.body()).contains("id=\"framework-fixed\"").contains("Statutory baseline for EHC plans")
                .doesNotContain("id=\"framework\"");
        // A framework sent anyway (an old page) is not taken; the title is.
        Map<String, String> change = details(version(form.body()), "Autumn cycle (north)", "1", "4", "2026");
        change.put("framework", "council-practice");
        assertThat(qa.postForm(path + "/details", change).statusCode()).isEqualTo(303);
        JsonNode after = view(id);
        assertThat(after.get("title").getStringValue()).isEqualTo("Autumn cycle (north)");
        assertThat(after.get("framework").getStringValue()).isEqualTo("statutory-baseline");
        assertThat(after.get("audits").size()).isEqualTo(1);

        // The service's rule, which the API keeps too.
        HttpResponse<String> refused = api.put("/api/practice-events/" + id, """
                {"type":"AUDIT_CYCLE","date":"2026-04-01","title":"Autumn cycle","framework":"council-practice",
                 "auditIds":[%d]}""".formatted(after.get("audits").get(0).get("id").getLongValue()),
                after.get("version").getIntValue());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json.parse(refused.body()).get("detail").getStringValue()).contains("framework cannot change");
        HttpResponse<String> retyped = api.put("/api/practice-events/" + id, """
                {"type":"TRAINING","date":"2026-04-01","title":"Autumn cycle","framework":"statutory-baseline"}""",
                after.get("version").getIntValue());
        assertThat(retyped.statusCode()).as(retyped.body()).isEqualTo(422);
        assertThat(view(id).get("version").getIntValue()).isEqualTo(after.get("version").getIntValue());
    }

    @Test
    void actionsAreMarkedDoneReopenedChangedAndRemoved() {
        long id = event("""
                {"type":"TRAINING","date":"2026-05-05","title":"Section F training",
                 "actions":[{"text":"Book the room","owner":"Gale Hart"},{"text":"Send the slides"}]}""");
        String path = "/practice-events/" + id;
        String page = qa.get(path).body();
        assertThat(page).contains("action=\"" + path + "/actions/1/done\"").contains("href=\"" + path + "/actions/2\"");

        HttpResponse<String> done = qa.postForm(path + "/actions/1/done", Map.of("version", version(page)));
        assertThat(done.statusCode()).isEqualTo(303);
        page = qa.get(path + "?saved=action-done").body();
        assertThat(page).contains("Action marked done.").contains("action=\"" + path + "/actions/1/reopen\"");
        assertThat(statuses(id)).containsExactly("DONE", "OPEN");

        // A second click on the page read before the first: stale, so the action is not toggled twice.
        HttpResponse<String> stale = qa.postForm(path + "/actions/2/done", Map.of("version", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this event after you opened it")
                .contains("href=\"#actions-heading\"");
        assertThat(statuses(id)).containsExactly("DONE", "OPEN");
        HttpResponse<String> missing = qa.postForm(path + "/actions/3/done", Map.of("version", version(page)));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("href=\"#actions-heading\">Action 3 is not on this event.");
        assertThat(qa.get(path + "/actions/3").statusCode()).isEqualTo(404);

        assertThat(qa.postForm(path + "/actions/1/reopen", Map.of("version", version(page))).statusCode())
                .isEqualTo(303);
        assertThat(statuses(id)).containsExactly("OPEN", "OPEN");

        HttpResponse<String> form = qa.get(path + "/actions/2");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Change action 2").contains("value=\"Send the slides\"");
        String version = version(form.body());
        Map<String, String> bad = new HashMap<>(Map.of("version", version, "actionText", " ", "owner", "Ro Lane",
                "due-day", "31", "due-month", "6", "due-year", "2026"));
        HttpResponse<String> refused = qa.postForm(path + "/actions/2", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Error: Change action 2").contains("href=\"#actionText\">Enter the"
                + " action").contains("href=\"#due-day\">The date the action is due must be a real date")
                .contains("value=\"Ro Lane\"").contains("name=\"version\" value=\"" + version + "\"");
        Map<String, String> good = new HashMap<>(Map.of("version", version, "actionText", "Send the slides and notes",
                "owner", "Ro Lane", "due-day", "30", "due-month", "6", "due-year", "2026"));
        assertThat(qa.postForm(path + "/actions/2", good).statusCode()).isEqualTo(303);
        JsonNode changed = view(id).get("actions").get(1);
        assertThat(changed.get("text").getStringValue()).isEqualTo("Send the slides and notes");
        assertThat(changed.get("owner").getStringValue()).isEqualTo("Ro Lane");
        assertThat(changed.get("due").getStringValue()).isEqualTo("2026-06-30");
        assertThat(changed.get("status").getStringValue()).isEqualTo("OPEN");
        assertThat(qa.postForm(path + "/actions/2", good).statusCode()).as("the same form again is stale").isEqualTo(409);

        String current = version(qa.get(path).body());
        assertThat(manager.postForm(path + "/actions/1/done", Map.of("version", current)).statusCode()).isEqualTo(403);
        assertThat(trainer.postForm(path + "/actions/1/remove", Map.of("version", current)).statusCode()).isEqualTo(403);
        assertThat(manager.get(path + "/actions/1").statusCode()).isEqualTo(403);
        assertThat(statuses(id)).containsExactly("OPEN", "OPEN");

        HttpResponse<String> removed = qa.postForm(path + "/actions/1/remove", Map.of("version", current));
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(qa.get(path + "?saved=action-removed").body()).contains("Action removed.")
                .doesNotContain("Book the room").contains("Send the slides and notes");
    }

    @Test
    void themesAreRewordedAndRemoved() {
        long id = event("""
                {"type":"MODERATION_SESSION","date":"2026-05-12","title":"Moderation of section E",
                 "themes":[{"criterionId":"E1","text":"Outcomes lack a time frame"},{"text":"Views of the child"}]}""");
        String path = "/practice-events/" + id;
        String page = qa.get(path).body();
        assertThat(page).contains("Theme 1 (criterion E1)").contains("value=\"Views of the child\"");
        String version = version(page);

        HttpResponse<String> blank = qa.postForm(path + "/themes/2", Map.of("version", version, "theme-2", ""));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("href=\"#theme-2\">Enter the theme");
        assertThat(qa.postForm(path + "/themes/1", Map.of("version", version, "theme-1", "T".repeat(1001))).body())
                .contains("The theme must be 1000 characters or fewer");

        assertThat(qa.postForm(path + "/themes/1", Map.of("version", version,
                "theme-1", "Outcomes lack a time frame or owner")).statusCode()).isEqualTo(303);
        JsonNode themes = view(id).get("themes");
        assertThat(themes.get(0).get("text").getStringValue()).isEqualTo("Outcomes lack a time frame or owner");
        assertThat(themes.get(0).get("criterionId").getStringValue()).as("still the criterion's theme").isEqualTo("E1");

        HttpResponse<String> stale = qa.postForm(path + "/themes/2/remove", Map.of("version", version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(view(id).get("themes").size()).isEqualTo(2);
        assertThat(trainer.postForm(path + "/themes/2/remove", Map.of("version", version(qa.get(path).body())))
                .statusCode()).isEqualTo(403);

        assertThat(qa.postForm(path + "/themes/2/remove", Map.of("version", version(qa.get(path).body())))
                .statusCode()).isEqualTo(303);
        assertThat(qa.get(path + "?saved=theme-removed").body()).contains("Theme removed.")
                .doesNotContain("Views of the child");
        assertThat(view(id).get("themes").size()).isEqualTo(1);
    }

    @Test
    void aLinkedFindingIsUnlinkedAndStaysInItsAudit() {
        HttpResponse<String> uploaded = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).upload("/api/plans",
                "plan.txt", SamplePlans.text("Rowan Example", "05/06/2015", "04/02/2025", UUID.randomUUID().toString()));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode audit = json.parse(api.post("/api/audits", "{\"planId\":" + json.parse(uploaded.body()).get("id")
                .getLongValue() + "}").body());
        JsonNode withFinding = json.parse(api.post("/api/audits/" + audit.get("id").getLongValue() + "/findings",
                "{\"kind\":\"STRENGTH\",\"section\":\"E\",\"text\":\"Outcomes are specific.\"}",
                audit.get("version").getIntValue()).body());
        long finding = withFinding.get("findings").get(0).get("id").getLongValue();
        long id = event("""
                {"type":"PRACTICE_LEARNING","date":"2026-06-01","title":"Good outcomes","findingIds":[%d]}"""
                .formatted(finding));
        String path = "/practice-events/" + id;
        String page = qa.get(path).body();
        assertThat(page).contains("Outcomes are specific.").contains("action=\"" + path + "/findings/" + finding
                + "/unlink\"");
        assertThat(manager.get(path).body()).contains("Outcomes are specific.").doesNotContain("/unlink\"");

        HttpResponse<String> notLinked = qa.postForm(path + "/findings/" + (finding + 1000) + "/unlink",
                Map.of("version", version(page)));
        assertThat(notLinked.statusCode()).isEqualTo(400);
        assertThat(notLinked.body()).contains("Finding " + (finding + 1000) + " is not on this event.");
        assertThat(trainer.postForm(path + "/findings/" + finding + "/unlink", Map.of("version", version(page)))
                .statusCode()).isEqualTo(403);
        assertThat(qa.postForm(path + "/findings/" + finding + "/unlink", Map.of("version", "99")).statusCode())
                .isEqualTo(409);
        assertThat(view(id).get("findings").size()).isEqualTo(1);

        HttpResponse<String> unlinked = qa.postForm(path + "/findings/" + finding + "/unlink",
                Map.of("version", version(page)));
        assertThat(unlinked.statusCode()).isEqualTo(303);
        assertThat(qa.get(path + "?saved=finding-unlinked").body()).contains("Finding unlinked.")
                .contains("No findings linked yet.");
        assertThat(view(id).get("findings").size()).isZero();
        assertThat(api.get("/api/audits/" + audit.get("id").getLongValue()).body()).contains("Outcomes are specific.");
    }

    private long event(String body) {
        HttpResponse<String> created = api.post("/api/practice-events", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.parse(created.body()).get("id").getLongValue();
    }

    private JsonNode view(long id) {
        return json.parse(api.get("/api/practice-events/" + id).body());
    }

    private List<String> statuses(long id) {
        List<String> statuses = new ArrayList<>();
        view(id).get("actions").values().forEach(action -> statuses.add(action.get("status").getStringValue()));
        return statuses;
    }

    private static Map<String, String> details(String version, String title, String day, String month, String year) {
        Map<String, String> form = new HashMap<>();
        form.put("version", version);
        form.put("title", title);
        form.put("date-day", day);
        form.put("date-month", month);
        form.put("date-year", year);
        form.put("otherTeams", "East");
        form.put("attendees", "Dana Ives");
        return form;
    }

    private PageSession session(String prefix, String role) {
        return PageSession.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, prefix, role);
    }

    private static String version(String html) {
        return PageSession.formVersion(html);
    }
}
