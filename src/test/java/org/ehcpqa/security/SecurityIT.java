package org.ehcpqa.security;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class SecurityIT implements TestApplication {

    @Inject
    EmbeddedServer server;

    @Test
    void healthNeedsNoSignIn() {
        HttpResponse<String> response = ApiClient.anonymous(server.getURI()).get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    @Test
    void apiRoutesRefuseAnonymousCallersWithAProblem() {
        HttpResponse<String> response = ApiClient.anonymous(server.getURI()).get("/api/plans/1");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("/problems/unauthenticated");
    }

    @Test
    void theOpenApiDocumentIsServedToSignedInUsersOnly() {
        assertThat(ApiClient.anonymous(server.getURI()).get("/swagger/ehcp-qa-0.1.yml").statusCode()).isEqualTo(401);
        HttpResponse<String> spec = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).get("/swagger/ehcp-qa-0.1.yml");
        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/plans/{id}").contains("/api/frameworks");
        assertThat(ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD).get("/swagger-ui/index.html").statusCode())
                .isEqualTo(200);
    }

    @Test
    void wrongPasswordIsRefused() {
        HttpResponse<String> response = ApiClient.basic(server.getURI(), ADMIN, "not-the-password").get("/api/me");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void loginGivesABearerTokenThatOpensTheApi() {
        ApiClient anonymous = ApiClient.anonymous(server.getURI());
        HttpResponse<String> login = anonymous.postJson("/api/login",
                "{\"username\":\"" + ADMIN + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertThat(login.statusCode()).isEqualTo(200);
        String token = login.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> me = ApiClient.bearer(server.getURI(), token).get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"admin\"").contains("ADMIN");
    }

    @Test
    void adminCreatesUsersAndRolesLimitWhatTheyMayDo() {
        ApiClient admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        String trainer = "trainer-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.postJson("/api/users", """
                {"username":"%s","password":"a-long-enough-password","displayName":"Trainer","roles":["TRAINER"]}
                """.formatted(trainer));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("password");

        ApiClient asTrainer = ApiClient.basic(server.getURI(), trainer, "a-long-enough-password");
        assertThat(asTrainer.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(asTrainer.get("/api/users").statusCode()).isEqualTo(403);
        assertThat(asTrainer.get("/api/plans/1").statusCode()).isEqualTo(403);
        assertThat(asTrainer.upload("/api/plans", "plan.txt", new byte[]{1}).statusCode()).isEqualTo(403);
    }

    @Test
    void shortPasswordsAndDuplicateNamesAreRefusedWithReasons() {
        ApiClient admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> tooShort = admin.postJson("/api/users",
                "{\"username\":\"x1\",\"password\":\"short\",\"displayName\":\"X\",\"roles\":[\"MANAGER\"]}");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("12 to 200 characters");

        HttpResponse<String> duplicate = admin.postJson("/api/users", """
                {"username":"admin","password":"a-long-enough-password","displayName":"A","roles":["ADMIN"]}
                """);
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("/problems/username-taken");
    }
}
