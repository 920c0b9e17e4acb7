package org.ehcpqa.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages as a browser without JavaScript uses them, and role checks on pages. */
@MicronautTest
class WebPagesIT implements TestApplication {

    @Inject
    EmbeddedServer server;

    @Test
    void theUploadFormWorksWithoutJavaScriptAndNeedsItsToken() {
        String officer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");
        PageSession page = new PageSession(server.getURI());
        page.signIn(officer, SignIn.PASSWORD);
        assertThat(page.get("/plans/upload").statusCode()).isEqualTo(200);

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("sky-morrow.txt", BrowserPlans.weak("Sky Morrow", "06/06/2014", UUID.randomUUID().toString())
                .getBytes(StandardCharsets.UTF_8));
        files.put("notes.txt", "Notes from a meeting about the new car park.".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> refused = page.postFiles("/plans/upload", files, false);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("This form has expired");

        HttpResponse<String> result = page.postFiles("/plans/upload", files, true);
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("1 of 2 file(s) accepted.").contains("sky-morrow.txt")
                .contains("does not look like an EHCP");
    }

    @Test
    void aTrainerIsShownTheirOwnStartPageAndCannotOpenFullPlans() {
        String trainer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "trainer", "TRAINER");
        PageSession page = new PageSession(server.getURI());
        page.signIn(trainer, SignIn.PASSWORD);
        HttpResponse<String> home = page.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Training examples").doesNotContain("Plans to look at")
                .doesNotContain("href=\"/plans\"");
        HttpResponse<String> plans = page.get("/plans");
        assertThat(plans.statusCode()).isEqualTo(403);
        assertThat(plans.body()).contains("You cannot open this page");
        assertThat(page.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownAddressIsAPageNotFoundForABrowserAndAProblemForTheApi() throws Exception {
        PageSession page = new PageSession(server.getURI());
        page.signIn(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> missing = page.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(missing.body()).contains("Page not found").contains("Signed in as");

        java.net.http.HttpResponse<String> api = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/no-such-thing"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("/problems/not-found");
    }

    @Test
    void signingOutEndsTheSession() {
        PageSession page = new PageSession(server.getURI());
        page.signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(page.get("/admin").statusCode()).isEqualTo(200);
        HttpResponse<String> out = page.postForm("/sign-out", Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(page.get("/admin").statusCode()).isEqualTo(303);
    }
}
