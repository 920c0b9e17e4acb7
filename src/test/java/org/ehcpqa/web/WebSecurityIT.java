package org.ehcpqa.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages' security headers, redirects and role checks, through plain HTTP. */
@MicronautTest
class WebSecurityIT implements TestApplication {

    @Inject
    EmbeddedServer server;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() throws Exception {
        HttpResponse<String> signIn = get("/sign-in");
        assertThat(signIn.statusCode()).isEqualTo(200);
        String policy = signIn.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(signIn.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(signIn.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(signIn.body()).doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>| on[a-z]+=\"");
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("ehcpqa-csrf=").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Strict"));
    }

    @Test
    void pagesSendVisitorsToSignInWhileTheApiAnswersWithAProblem() throws Exception {
        HttpResponse<String> page = get("/plans?team=North");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/sign-in?next=%2Fplans");
        HttpResponse<String> api = get("/api/plans/1");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("/problems/unauthenticated");
    }

    @Test
    void assetsComeFromTheWebjarsWithoutSigningIn() throws Exception {
        assertThat(get("/assets/govuk/govuk-frontend.min.css").statusCode()).isEqualTo(200);
        assertThat(get("/assets/govuk/govuk-frontend.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/assets/htmx/htmx.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/assets/app/css/app.css").body()).contains("arial, sans-serif");
    }

    @Test
    void theApiStillTakesBasicAuthenticationWithoutAToken() {
        ApiClient admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        assertThat(admin.postJson("/api/users", "{}").statusCode()).isEqualTo(400);
    }
}
