package org.ehcpqa.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend and practice event pages over plain HTTP, as a browser without JavaScript: roles, errors, conflicts. */
@MicronautTest
class ManagerPagesIT implements TestApplication {

    @Inject
    EmbeddedServer server;

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

    private PageSession session(String prefix, String role) {
        String user = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, prefix, role);
        PageSession session = new PageSession(server.getURI());
        session.signIn(user, SignIn.PASSWORD);
        return session;
    }

    private static String version(String html) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
