package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A black-box client for the audit API's verbs (PUT, DELETE, If-Match), beside support/ApiClient, so tests see
 * exactly what a council's client would.
 */
public final class AuditHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String authorization;

    public AuditHttp(URI base, String username, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The body of {@code PUT /api/audits/{id}/criteria} (or of the moderator's) rating every criterion of an audit, as
     * its JSON shows them, met; those of section {@code notMet}, when given, not met.
     */
    public static String ratings(JsonNode audit, @Nullable String notMet) {
        StringBuilder ratings = new StringBuilder();
        for (JsonNode section : audit.get("sections").values()) {
            boolean weak = section.get("code").getStringValue().equals(notMet);
            for (JsonNode criterion : section.get("criteria").values()) {
                ratings.append(ratings.isEmpty() ? "" : ",").append("{\"criterionId\":\"")
                        .append(criterion.get("id").getStringValue()).append("\",\"result\":\"")
                        .append(weak ? "NOT_MET" : "MET").append("\"}");
            }
        }
        return "{\"ratings\":[" + ratings + "]}";
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> post(String path, String json, int ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", "\"" + ifMatch + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json, int ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", "\"" + ifMatch + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
