package org.ehcpqa.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without JavaScript, over plain HTTP: keeps cookies, reads each page's CSRF token and
 * sends forms the way a browser would. For page tests that need no rendering.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private String csrf;

    PageSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** A new user with one role, signed in. */
    static PageSession newUser(URI base, String admin, String adminPassword, String prefix, String role) {
        String user = SignIn.newUser(base, admin, adminPassword, prefix, role);
        PageSession session = new PageSession(base);
        session.signIn(user, SignIn.PASSWORD);
        return session;
    }

    /** The version the page's first form carries, to send a change based on it. */
    static String formVersion(String html) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        assertThat(version.find()).isTrue();
        return version.group(1);
    }

    HttpResponse<String> get(String path) {
        // What a browser asks for when it follows a link.
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .timeout(java.time.Duration.ofSeconds(30)).GET().build());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    HttpResponse<String> signIn(String username, String password) {
        get("/sign-in");
        HttpResponse<String> response = postForm("/sign-in", Map.of("username", username, "password", password));
        assertThat(response.statusCode()).isEqualTo(303);
        return response;
    }

    /** A form post carrying the token of the last page read. */
    HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&", ""));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(java.time.Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The upload form as a browser without JavaScript sends it: the token first, then the files. */
    HttpResponse<String> postFiles(String path, Map<String, byte[]> files, boolean withToken) {
        String boundary = "----page" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (withToken) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf
                        + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + file.getKey() + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file.getValue());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
