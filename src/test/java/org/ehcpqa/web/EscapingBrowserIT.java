package org.ehcpqa.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan whose text holds markup shows it as text: nothing in it runs or renders. */
@MicronautTest
class EscapingBrowserIT implements TestApplication {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    Browser browser;

    @BeforeAll
    void start() {
        browser = Browser.start(server.getURI(), "escaping");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void scriptInAPlanIsShownAsTextAndNeverRuns() {
        String payload = "<script>window.ehcpqaInjected = true;</script><img src=x id=injected-image>";
        String plan = BrowserPlans.weak("Rowan Pike", "11/11/2013", UUID.randomUUID().toString())
                .replace("likes football and cooking.", "likes football and cooking. " + payload);
        HttpResponse<String> stored = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD)
                .upload("/api/plans", "rowan <b>pike</b>.txt", plan.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        long id = new Json(mapper).parse(stored.body()).get("id").getLongValue();

        SignIn.as(browser, ADMIN, ADMIN_PASSWORD);
        browser.open("/plans/" + id);
        assertThat(browser.find(By.id("section-A")).getText()).contains(payload);
        assertThat(browser.mainText()).contains("rowan <b>pike</b>.txt");
        Object injected = ((JavascriptExecutor) browser.driver()).executeScript("return window.ehcpqaInjected;");
        assertThat(injected).as("the plan's script did not run").isNull();
        assertThat(browser.findAll(By.id("injected-image"))).as("the plan's markup did not render").isEmpty();
        assertThat(browser.findAll(By.cssSelector("main script"))).isEmpty();
        browser.look("plan-with-script");

        browser.open("/plans?status=PROCESSED");
        assertThat(browser.findAll(By.id("injected-image"))).isEmpty();
        browser.look("plans");
        browser.assertNoSeriousAccessibilityViolations();
    }
}
