package org.ehcpqa.web;

import org.ehcpqa.support.ApiClient;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Users for journeys, created through the API, and signing them in through the sign-in page. */
public final class SignIn {

    public static final String PASSWORD = "a-browser-test-password";

    private SignIn() {
    }

    /** A new user with the given roles (comma-separated role names); returns the username. */
    public static String newUser(URI base, String adminUser, String adminPassword, String prefix, String roles) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String rolesJson = "[\"" + String.join("\",\"", roles.split(",")) + "\"]";
        HttpResponse<String> created = ApiClient.basic(base, adminUser, adminPassword).postJson("/api/users", """
                {"username":"%s","password":"%s","displayName":"%s","roles":%s}
                """.formatted(username, PASSWORD, displayName(prefix), rolesJson));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return username;
    }

    /** Signs in through the page and screenshots it; lands on the start page (or the page asked for). */
    public static void as(Browser browser, String username, String password) {
        if (!browser.path().equals("/sign-in")) {
            browser.open("/sign-in");
        }
        browser.type("username", username);
        browser.type("password", password);
        browser.press("Sign in");
        assertThat(browser.path()).as("signed in").isNotEqualTo("/sign-in");
    }

    private static String displayName(String prefix) {
        return switch (prefix) {
            case "qa" -> "Morgan Ashdown (QA officer)";
            case "manager" -> "Priya Nandra (manager)";
            case "trainer" -> "Fen Oakley (trainer)";
            default -> "Test user " + prefix;
        };
    }
}
