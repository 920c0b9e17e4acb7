package org.ehcpqa.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator manages users and roles, reads the frameworks and starts a re-score. */
@MicronautTest
class AdminBrowserIT implements TestApplication {

    @Inject
    EmbeddedServer server;

    Browser browser;

    @BeforeAll
    void start() {
        browser = Browser.start(server.getURI(), "admin");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void managesUsersReadsFrameworksAndStartsARescore() {
        SignIn.as(browser, ADMIN, ADMIN_PASSWORD);
        assertThat(browser.mainText()).contains("Administration");
        browser.look("home");

        browser.clickLink("Administration");
        browser.look("administration");
        browser.clickLink("Users and roles");
        assertThat(browser.heading()).isEqualTo("Users and roles");
        assertThat(browser.mainText()).contains(ADMIN);
        browser.look("users");

        String username = "manager-" + UUID.randomUUID().toString().substring(0, 8);
        browser.type("username", username);
        browser.type("displayName", "Priya Nandra");
        browser.type("password", "short");
        browser.press("Create user");
        String summary = browser.find(By.className("govuk-error-summary")).getText();
        assertThat(summary).contains("Password").contains("Roles");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        browser.look("create-user-errors");

        browser.type("password", "a-long-enough-password");
        browser.find(By.id("roles-MANAGER")).click();
        browser.press("Create user");
        assertThat(browser.mainText()).contains("User " + username + " created.");
        browser.look("user-created");

        browser.find(By.xpath("//tr[td[normalize-space()='" + username + "']]//a")).click();
        browser.waitUntil(driver -> driver.getCurrentUrl().matches(".*/admin/users/\\d+.*"));
        assertThat(browser.heading()).isEqualTo("Roles of " + username);
        browser.find(By.id("roles-TRAINER")).click();
        browser.press("Save roles");
        assertThat(browser.mainText()).contains("Roles saved.");
        assertThat(browser.find(By.id("roles-TRAINER")).isSelected()).isTrue();
        assertThat(browser.find(By.id("roles-MANAGER")).isSelected()).isTrue();
        browser.look("roles-saved");

        browser.open("/admin/frameworks");
        assertThat(browser.heading()).isEqualTo("Quality frameworks");
        browser.look("frameworks");
        browser.find(By.cssSelector("table tbody tr a")).click();
        browser.waitUntil(driver -> driver.getCurrentUrl().matches(".*/admin/frameworks/.+"));
        assertThat(browser.mainText()).contains("Criteria").contains("Section F");
        browser.look("framework");

        browser.open("/admin/rescore");
        browser.look("rescore");
        browser.press("Start re-scoring");
        assertThat(browser.driver().getCurrentUrl()).contains("/admin/rescore?job=");
        assertThat(browser.find(By.id("rescore-status")).getText()).containsAnyOf("Running", "Completed");
        browser.waitUntil(driver -> driver.findElement(By.id("rescore-status")).getText().startsWith("Completed"));
        browser.look("rescore-progress");

        browser.assertNoSeriousAccessibilityViolations();
    }
}
