package org.ehcpqa.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A form sent without its CSRF token changes nothing; the same form with it works. */
@MicronautTest
class CsrfBrowserIT implements TestApplication {

    @Inject
    EmbeddedServer server;

    Browser browser;

    @BeforeAll
    void start() {
        browser = Browser.start(server.getURI(), "csrf");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndNothingChanges() throws Exception {
        SignIn.as(browser, ADMIN, ADMIN_PASSWORD);
        browser.open("/admin/users");
        String username = "forged-" + UUID.randomUUID().toString().substring(0, 8);
        browser.type("username", username);
        browser.type("displayName", "Forged user");
        browser.type("password", "a-long-enough-password");
        browser.find(By.id("roles-TRAINER")).click();
        // What a forged form would lack: this session's token.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll('main input[name=csrf]').forEach(function (e) { e.remove(); });");
        browser.press("Create user");
        assertThat(browser.heading()).isEqualTo("This form has expired");
        browser.look("form-refused");

        HttpResponse<String> users = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).get("/api/users");
        assertThat(users.body()).doesNotContain(username);

        // The session cookie alone, replayed from outside the page, opens nothing that changes data.
        Cookie session = browser.driver().manage().getCookieNamed("ehcpqa-session");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURI() + "/admin/users"))
                .header("Cookie", "ehcpqa-session=" + session.getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username
                        + "&displayName=x&password=a-long-enough-password&roles=ADMIN")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> forgedApi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURI() + "/api/assessments/rescore"))
                .header("Cookie", "ehcpqa-session=" + session.getValue())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forgedApi.statusCode()).isEqualTo(403);
        assertThat(forgedApi.body()).contains("/problems/csrf-token-invalid");
        assertThat(ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).get("/api/users").body())
                .doesNotContain(username);

        browser.open("/admin/users");
        browser.type("username", username);
        browser.type("displayName", "Real user");
        browser.type("password", "a-long-enough-password");
        browser.find(By.id("roles-TRAINER")).click();
        browser.press("Create user");
        assertThat(browser.mainText()).contains("User " + username + " created.");
        browser.look("form-accepted");
        browser.assertNoSeriousAccessibilityViolations();
    }
}
