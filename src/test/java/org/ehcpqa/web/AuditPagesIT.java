package org.ehcpqa.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    @Inject
    EmbeddedServer server;

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

    static String first(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }
}
