package org.ehcpqa.report;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ReportPreviewIT implements TestApplication {

    @Inject
    EmbeddedServer server;

    @Test
    void administratorsPreviewEveryTemplateAsHtmlAndPdf() throws IOException {
        ApiClient admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        Map<String, String> expected = new HashMap<>(Map.of("audit-report", "Rationale: Outcomes in E are not specific enough",
                "practice-event-report", "Spring moderation session", "trend-report", "E-SMART",
                "training-pack", "Writing SMART outcomes"));
        for (Map.Entry<String, String> template : expected.entrySet()) {
            HttpResponse<String> html = admin.get("/api/reports/preview/" + template.getKey() + ".html");
            assertThat(html.statusCode()).as(template.getKey()).isEqualTo(200);
            assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(html.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).contains("default-src 'none'"));
            assertThat(html.body()).contains(template.getValue());
            HttpResponse<byte[]> pdf = admin.getBytes("/api/reports/preview/" + template.getKey() + ".pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(ReportRenderingTest.text(pdf.body())).contains(template.getValue());
            assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    value -> assertThat(value).contains(template.getKey() + "-preview.pdf"));
        }
    }

    @Test
    void unknownTemplatesAndOtherRolesAreRefused() {
        ApiClient admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> unknown = admin.get("/api/reports/preview/no-such.html");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("/problems/template-not-found");

        String manager = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.postJson("/api/users", """
                {"username":"%s","password":"a-long-enough-password","displayName":"M","roles":["MANAGER"]}
                """.formatted(manager)).statusCode()).isEqualTo(201);
        assertThat(ApiClient.basic(server.getURI(), manager, "a-long-enough-password")
                .get("/api/reports/preview/audit-report.html").statusCode()).isEqualTo(403);
    }
}
