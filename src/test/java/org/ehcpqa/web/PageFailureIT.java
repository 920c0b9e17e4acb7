package org.ehcpqa.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A template that fails half-way answers 500 at once, without a stack trace, instead of never answering. */
@MicronautTest
class PageFailureIT implements TestApplication {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestApplication.super.getProperties());
        properties.put("ehcpqa.test.broken-page", "true");
        return properties;
    }

    @Test
    void aPageWhoseTemplateFailsIsAnsweredWithAnErrorNotLeftHanging() {
        PageSession page = new PageSession(server.getURI());
        page.signIn(ADMIN, ADMIN_PASSWORD);
        long start = System.nanoTime();

        HttpResponse<String> response = page.get("/test-only/broken-page");

        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to the answer").isLessThan(5_000);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("Something went wrong").contains("Quote reference")
                .doesNotContain("Half a page").doesNotContain("noSuchProperty").doesNotContain("Thymeleaf")
                .doesNotContain("at org.");
    }
}
