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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit pages without JavaScript: forms post and redirect, a refused change comes back as the page with an
 * error summary, plan text and comments are escaped, and each role gets only what it may.
 */
@MicronautTest
class AuditPagesIT implements TestApplication {

    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static final Pattern CRITERION = Pattern.compile("data-criterion=\"([^\"]+)\"");

    static final Pattern CHANGE_FINDING = Pattern.compile("id=\"change-finding-(\\d+)\"");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    String officer;
    String other;
    String manager;
    String trainer;
    long planId;

    @BeforeAll
    void usersAndAPlan() {
        officer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");
        other = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");
        manager = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "manager", "MANAGER");
        trainer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "trainer", "TRAINER");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> uploaded = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).upload("/api/plans",
                "jude-marlow.txt", BrowserPlans.weak("Jude <b>Marlow</b>", "01/02/2013", marker)
                        .getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(uploaded.body());
        assertThat(id.find()).isTrue();
        planId = Long.parseLong(id.group(1));
    }

    @Test
    void formsSaveRedirectAndRefuseWithAReason() {
        PageSession page = new PageSession(server.getURI());
        page.signIn(officer, SignIn.PASSWORD);
        assertThat(page.get("/plans/" + planId).body()).contains("Audit this plan");
        HttpResponse<String> started = page.postForm("/audits", Map.of("planId", String.valueOf(planId)));
        assertThat(started.statusCode()).isEqualTo(303);
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/audits/\\d+");

        HttpResponse<String> workspace = page.get(location + "?section=A");
        assertThat(workspace.statusCode()).isEqualTo(200);
        assertThat(workspace.body()).contains("Save and continue", "Keyboard shortcuts", "/assets/app/js/audit.js")
                .contains("Jude &lt;b&gt;Marlow&lt;/b&gt; likes football").doesNotContain("<b>Marlow</b>");
        String version = first(VERSION, workspace.body());
        String criterion = first(CRITERION, workspace.body());

        // "Save and continue" stores the judgement and comment and goes on to the next section.
        HttpResponse<String> saved = page.postForm(location + "/sections/A", Map.of("version", version,
                "criterion", criterion, "result-" + criterion, "NOT_MET", "comment-" + criterion,
                "<i>not</i> in the child's words", "next", "B"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue(location + "?section=B");
        String sectionA = page.get(location + "?section=A").body();
        assertThat(sectionA).contains("&lt;i&gt;not&lt;/i&gt; in the child&#39;s words").doesNotContain("<i>not</i>");
        assertThat(sectionA).containsPattern("value=\"NOT_MET\"\\s+checked");

        // A stale form is refused with the reason, on the page itself.
        HttpResponse<String> stale = page.postForm(location + "/sections/A", Map.of("version", version,
                "criterion", criterion, "result-" + criterion, "MET"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("govuk-error-summary", "changed by someone else", "Error: Audit");

        // An override without a rationale is refused the same way.
        String current = first(VERSION, sectionA);
        HttpResponse<String> noRationale = page.postForm(location + "/overrides/A", Map.of("version", current,
                "rating", "good", "back", "A"));
        assertThat(noRationale.statusCode()).isEqualTo(422);
        assertThat(noRationale.body()).contains("govuk-error-summary", "needs a written rationale");

        // With a rationale the override is kept, and shown by its label; an action is recorded with owner and date.
        HttpResponse<String> overridden = page.postForm(location + "/overrides/A", Map.of("version", current,
                "rating", "good", "rationale", "Views are recorded, not in the child's words.", "back", "A"));
        assertThat(overridden.statusCode()).isEqualTo(303);
        String afterOverride = page.get(location + "?section=A").body();
        assertThat(afterOverride).contains("Views are recorded, not in the child&#39;s words.");
        assertThat(afterOverride).containsPattern("id=\"rating-row-A\"[\\s\\S]*?<td[^>]*>[^<]*</td>\\s*<td[^>]*>\\s*"
                + "<span>Good</span>");
        String badDate = page.postForm(location + "/findings", Map.of("version", first(VERSION, afterOverride),
                "kind", "ACTION", "findingSection", "F", "text", "Quantify the therapy.", "actionOwner",
                "Casey Worker", "actionDue", "next spring", "back", "F")).body();
        assertThat(badDate).contains("govuk-error-summary", "Enter the due date as a date");
        HttpResponse<String> action = page.postForm(location + "/findings", Map.of("version",
                first(VERSION, afterOverride), "kind", "ACTION", "findingSection", "F", "text",
                "Quantify the therapy.", "actionOwner", "Casey Worker", "actionDue", "2026-03-31", "back", "F"));
        assertThat(action.statusCode()).isEqualTo(303);
        assertThat(action.headers().firstValue("Location")).hasValue(location + "?section=F#findings");
        assertThat(page.get(location + "?section=F").body()).contains("Quantify the therapy.",
                "Casey Worker by 31 March 2026 (open)");

        // A figure for the report, not a floor: the workspace's render time once warm.
        long[] millis = new long[10];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            assertThat(page.get(location + "?section=F").statusCode()).isEqualTo(200);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("Audit workspace page: median %d ms, slowest %d ms (10 renders of section F)%n",
                millis[5], millis[9]);

        // Another QA officer sees the audit but none of the judgement; a manager cannot change anything.
        PageSession second = new PageSession(server.getURI());
        second.signIn(other, SignIn.PASSWORD);
        String hidden = second.get(location + "?section=A").body();
        assertThat(hidden).contains("not shown until the audit is moderated").doesNotContain("in the child&#39;s words")
                .doesNotContain("Save and continue").doesNotContain("Overall rating");
        PageSession managerPage = new PageSession(server.getURI());
        managerPage.signIn(manager, SignIn.PASSWORD);
        assertThat(managerPage.get("/audits").statusCode()).isEqualTo(200);
        assertThat(managerPage.postForm("/audits", Map.of("planId", String.valueOf(planId))).statusCode())
                .isEqualTo(403);
        PageSession trainerPage = new PageSession(server.getURI());
        trainerPage.signIn(trainer, SignIn.PASSWORD);
        assertThat(trainerPage.get("/audits").statusCode()).isEqualTo(403);
        assertThat(trainerPage.get(location).statusCode()).isEqualTo(403);

        // The officer's list shows the draft; a plan number that is not a number is refused beside the field.
        String list = page.get("/audits").body();
        assertThat(list).contains("Drafts to finish", "Audit " + location.substring("/audits/".length()));
        HttpResponse<String> bad = page.postForm("/audits", Map.of("planId", "twelve"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("govuk-error-summary", "Enter the plan number");
    }

    @Test
    void theAuditorChangesAndDeletesFindingsAndMarksActionsDoneWhileTheAuditIsADraft() {
        PageSession page = new PageSession(server.getURI());
        page.signIn(officer, SignIn.PASSWORD);
        page.get("/audits");
        String location = page.postForm("/audits", Map.of("planId", String.valueOf(planId))).headers()
                .firstValue("Location").orElseThrow();
        long auditId = Long.parseLong(location.substring("/audits/".length()));
        String workspace = page.get(location + "?section=F").body();
        assertThat(page.postForm(location + "/findings", Map.of("version", first(VERSION, workspace), "kind",
                "ACTION", "findingSection", "F", "text", "Quantify the speech therapy.", "actionOwner", "Casey Worker",
                "actionDue", "2026-03-31", "back", "F")).statusCode()).isEqualTo(303);
        workspace = page.get(location + "?section=F").body();
        String findingId = first(CHANGE_FINDING, workspace);
        String findingPath = location + "/findings/" + findingId;

        // The change form comes filled in with the finding as it stands.
        HttpResponse<String> form = page.get(findingPath + "?section=F");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Change a finding", "Quantify the speech therapy.", "value=\"Casey Worker\"",
                "value=\"2026-03-31\"", "Delete the finding");
        String version = first(VERSION, form.body());

        // A due date that is no date is refused beside its field, with what was typed kept; so is a finding with no
        // text, in the audit service's words.
        HttpResponse<String> badDate = page.postForm(findingPath, Map.of("version", version, "kind", "ACTION",
                "findingSection", "F", "text", "Quantify every therapy.", "actionOwner", "Robin Lead",
                "actionDue", "after Easter", "back", "F"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("govuk-error-summary", "Enter the due date as a date",
                "Quantify every therapy.", "value=\"after Easter\"");
        HttpResponse<String> noText = page.postForm(findingPath, Map.of("version", version, "kind", "ACTION",
                "findingSection", "F", "actionOwner", "Robin Lead", "actionDue", "2026-04-30", "back", "F"));
        assertThat(noText.statusCode()).isEqualTo(422);
        assertThat(noText.body()).contains("govuk-error-summary", "needs a text", "Change a finding");

        // Text, section, owner and due date change; the old text is gone.
        HttpResponse<String> changed = page.postForm(findingPath, Map.of("version", version, "kind", "ACTION",
                "findingSection", "E", "text", "Quantify every therapy, & <b>say who</b> gives it.", "actionOwner",
                "Robin Lead", "actionDue", "2026-04-30", "actionStatus", "OPEN", "back", "F"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.headers().firstValue("Location")).hasValue(location + "?section=F#findings");
        workspace = page.get(location + "?section=F").body();
        assertThat(workspace).contains("Quantify every therapy, &amp; &lt;b&gt;say who&lt;/b&gt; gives it.",
                "Section E", "Robin Lead by 30 April 2026 (open)").doesNotContain("speech therapy");

        // The action is marked done, then reopened.
        HttpResponse<String> done = page.postForm(findingPath + "/action", Map.of("version",
                first(VERSION, workspace), "actionStatus", "DONE", "back", "F"));
        assertThat(done.statusCode()).isEqualTo(303);
        workspace = page.get(location + "?section=F").body();
        assertThat(workspace).contains("Robin Lead by 30 April 2026 (done)", "Reopen");
        String stale = first(VERSION, workspace);
        assertThat(page.postForm(findingPath + "/action", Map.of("version", stale, "actionStatus", "OPEN"))
                .statusCode()).isEqualTo(303);
        assertThat(page.get(location).body()).contains("Robin Lead by 30 April 2026 (open)");
        HttpResponse<String> staleAction = page.postForm(findingPath + "/action", Map.of("version", stale,
                "actionStatus", "DONE"));
        assertThat(staleAction.statusCode()).isEqualTo(409);
        assertThat(staleAction.body()).contains("govuk-error-summary", "changed by someone else");

        // Another QA officer cannot see the draft's findings, so may not change, mark or delete them either.
        PageSession second = new PageSession(server.getURI());
        second.signIn(other, SignIn.PASSWORD);
        second.get(location);
        String current = first(VERSION, page.get(location).body());
        HttpResponse<String> theirs = second.postForm(findingPath + "/action", Map.of("version", current,
                "actionStatus", "DONE"));
        assertThat(theirs.statusCode()).isEqualTo(403);
        assertThat(theirs.body()).contains("govuk-error-summary", "its ratings are seen only by its auditor")
                .doesNotContain("Robin Lead");
        assertThat(second.postForm(findingPath + "/delete", Map.of("version", current)).statusCode()).isEqualTo(403);
        assertThat(second.postForm(findingPath, Map.of("version", current, "kind", "STRENGTH", "text", "Mine."))
                .statusCode()).isEqualTo(403);
        assertThat(second.get(findingPath).statusCode()).isEqualTo(303);
        assertThat(page.get(location).body()).contains("Robin Lead by 30 April 2026 (open)");

        // A second finding is deleted; a finding that does not exist is not found.
        assertThat(page.postForm(location + "/findings", Map.of("version", current, "kind", "STRENGTH", "text",
                "The outcomes are specific.", "back", "E")).statusCode()).isEqualTo(303);
        workspace = page.get(location + "?section=E").body();
        Matcher ids = CHANGE_FINDING.matcher(workspace);
        List<String> findingIds = new ArrayList<>();
        while (ids.find()) {
            findingIds.add(ids.group(1));
        }
        assertThat(findingIds).hasSize(2).contains(findingId);
        String strength = findingIds.stream().filter(id -> !id.equals(findingId)).findFirst().orElseThrow();
        HttpResponse<String> deleted = page.postForm(location + "/findings/" + strength + "/delete", Map.of(
                "version", first(VERSION, workspace), "back", "E"));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location")).hasValue(location + "?section=E#findings");
        workspace = page.get(location + "?section=E").body();
        assertThat(workspace).doesNotContain("The outcomes are specific.").contains("Robin Lead");
        HttpResponse<String> gone = page.postForm(location + "/findings/" + strength + "/delete", Map.of("version",
                first(VERSION, workspace)));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("Finding " + strength + " of audit " + auditId);

        // Once submitted, findings stay as they were, but whether an action was done can still be recorded.
        AuditHttp api = new AuditHttp(server.getURI(), officer, SignIn.PASSWORD);
        judgeEverything(api, "/api/audits/" + auditId, "/criteria");
        workspace = page.get(location).body();
        assertThat(page.postForm(location + "/submit", Map.of("version", first(VERSION, workspace))).statusCode())
                .isEqualTo(303);
        workspace = page.get(location).body();
        assertThat(workspace).contains("This audit is submitted, so its findings stay as the auditor recorded them")
                .contains("Mark done").doesNotContain("change-finding-");
        HttpResponse<String> afterSubmit = page.postForm(findingPath + "/action", Map.of("version",
                first(VERSION, workspace), "actionStatus", "DONE"));
        assertThat(afterSubmit.statusCode()).isEqualTo(303);
        assertThat(page.get(location).body()).contains("Robin Lead by 30 April 2026 (done)", "Reopen");
        HttpResponse<String> rewrite = page.postForm(findingPath, Map.of("version", first(VERSION,
                page.get(location).body()), "kind", "ACTION", "findingSection", "F", "text", "Rewritten after submission.", "actionOwner",
                "Robin Lead", "actionDue", "2026-04-30"));
        assertThat(rewrite.statusCode()).isEqualTo(409);
        assertThat(rewrite.body()).contains("govuk-error-summary", "its ratings and findings can no longer change");
        assertThat(page.get(location).body()).doesNotContain("Rewritten after submission.");
        assertThat(page.get(findingPath).statusCode()).isEqualTo(303);
    }

    @Test
    void theModeratorOverridesASectionRatingWithItsReasonShownSideBySideOnceSubmitted() {
        AuditHttp auditorApi = new AuditHttp(server.getURI(), officer, SignIn.PASSWORD);
        HttpResponse<String> opened = auditorApi.post("/api/audits", "{\"planId\":" + planId + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long auditId = new Json(mapper).parse(opened.body()).get("id").getLongValue();
        String audit = "/audits/" + auditId;
        int version = judgeEverything(auditorApi, "/api/audits/" + auditId, "/criteria");
        assertThat(auditorApi.post("/api/audits/" + auditId + "/submit", "{}", version).statusCode()).isEqualTo(200);

        PageSession moderator = new PageSession(server.getURI());
        moderator.signIn(other, SignIn.PASSWORD);
        String page = moderator.get(audit + "/moderation").body();
        assertThat(moderator.postForm(audit + "/moderation/start", Map.of("version", first(VERSION, page)))
                .statusCode()).isEqualTo(303);
        page = moderator.get(audit + "/moderation?section=A").body();
        assertThat(page).contains("Your ratings", "Override the rating of section A", "id=\"own-rating-A\"");
        String reason = "The views are reported, not in the child's own words.";

        // No rationale: refused on the page in the service's words.
        HttpResponse<String> noReason = moderator.postForm(audit + "/moderation/overrides/A", Map.of("version",
                first(VERSION, page), "rating", "requires-improvement", "back", "A"));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("govuk-error-summary", "needs a written rationale",
                "href=\"#moderator-ratings\"");

        // The auditor cannot override the moderator's rating.
        PageSession auditor = new PageSession(server.getURI());
        auditor.signIn(officer, SignIn.PASSWORD);
        auditor.get(audit + "/moderation");
        HttpResponse<String> notTheirs = auditor.postForm(audit + "/moderation/overrides/A", Map.of("version",
                first(VERSION, page), "rating", "good", "rationale", "Mine.", "back", "A"));
        assertThat(notTheirs.statusCode()).isEqualTo(403);
        assertThat(notTheirs.body()).contains("govuk-error-summary", "Only the moderator");

        HttpResponse<String> overridden = moderator.postForm(audit + "/moderation/overrides/A", Map.of("version",
                first(VERSION, page), "rating", "requires-improvement", "rationale", reason, "back", "A"));
        assertThat(overridden.statusCode()).isEqualTo(303);
        assertThat(overridden.headers().firstValue("Location"))
                .hasValue(audit + "/moderation?section=A#moderator-ratings");
        page = moderator.get(audit + "/moderation?section=A").body();
        assertThat(page).containsPattern("id=\"own-rating-A\"[\\s\\S]*?<span>Requires improvement</span>: <span>"
                + "The views are reported, not in the child&#39;s own words.</span>");

        // Blind both ways: the auditor does not see the moderator's unfinished override.
        assertThat(auditor.get(audit + "/moderation").body()).doesNotContain("in the child&#39;s own words");

        int moderated = judgeEverything(new AuditHttp(server.getURI(), other, SignIn.PASSWORD),
                "/api/audits/" + auditId + "/moderation", "/criteria");
        assertThat(moderator.postForm(audit + "/moderation/submit", Map.of("version", String.valueOf(moderated)))
                .statusCode()).isEqualTo(303);
        String sideBySide = auditor.get(audit + "/moderation").body();
        assertThat(sideBySide).containsPattern("id=\"compared-A\"[\\s\\S]*?Requires improvement</span>[\\s\\S]*?"
                + "Overridden \\(the rule gave [A-Za-z ]+\\): The views are reported, not in the child&#39;s own words.");
        assertThat(moderator.postForm(audit + "/moderation/overrides/A", Map.of("version", String.valueOf(moderated
                + 1), "rating", "good", "rationale", "Too late.")).statusCode()).isEqualTo(409);
    }

    /**
     * Judges every criterion of the audit (or of its moderation) "Met" through the API, as the pages' own tests
     * need a complete audit, and answers the new version.
     */
    private int judgeEverything(AuditHttp api, String base, String criteriaPath) {
        Json json = new Json(mapper);
        JsonNode read = json.parse(api.get(base).body());
        List<String> criteria = new ArrayList<>();
        if (read.get("sections") != null) {
            read.get("sections").values().forEach(s -> s.get("criteria").values()
                    .forEach(c -> criteria.add(c.get("id").getStringValue())));
        } else {
            read.get("criteria").values().forEach(c -> criteria.add(c.get("id").getStringValue()));
        }
        String ratings = criteria.stream().map(id -> "{\"criterionId\":\"" + id + "\",\"result\":\"MET\"}")
                .reduce((a, b) -> a + "," + b).orElseThrow();
        HttpResponse<String> judged = api.put(base + criteriaPath, "{\"ratings\":[" + ratings + "]}",
                read.get("version").getIntValue());
        assertThat(judged.statusCode()).as(judged.body()).isEqualTo(200);
        return json.parse(judged.body()).get("version").getIntValue();
    }

    static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }
}
