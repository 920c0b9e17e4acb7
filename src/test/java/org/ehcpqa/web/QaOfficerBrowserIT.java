package org.ehcpqa.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A QA officer signs in, uploads three plans (one refused, with its reason), and opens one. */
@MicronautTest
class QaOfficerBrowserIT implements TestApplication {

    @Inject
    EmbeddedServer server;

    Browser browser;
    String officer;

    @BeforeAll
    void start() {
        officer = SignIn.newUser(server.getURI(), ADMIN, ADMIN_PASSWORD, "qa", "QA_OFFICER");
        browser = Browser.start(server.getURI(), "qa-officer");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void uploadsThreePlansSeesTheRefusalAndOpensAPlanWithItsFlagsAndSections() throws Exception {
        browser.open("/plans");
        assertThat(browser.path()).as("a page asked for before signing in leads to sign-in").isEqualTo("/sign-in");
        browser.look("sign-in");

        browser.type("username", officer);
        browser.type("password", "not-the-password");
        browser.press("Sign in");
        assertThat(browser.find(By.className("govuk-error-summary")).getText())
                .contains("The username or password is not right");
        assertThat(browser.driver().getTitle()).startsWith("Error:");
        browser.look("sign-in-error");

        SignIn.as(browser, officer, SignIn.PASSWORD);
        assertThat(browser.path()).as("back to the page first asked for").isEqualTo("/plans");
        browser.open("/");
        assertThat(browser.heading()).isEqualTo("What needs doing");
        assertThat(browser.mainText()).contains("Plans to look at");
        browser.look("home");

        String marker = UUID.randomUUID().toString();
        Path folder = Files.createTempDirectory("ehcpqa-browser-upload");
        Path first = BrowserPlans.write(folder, "ellis-hartley.txt",
                BrowserPlans.weak("Ellis Hartley", "14/03/2015", marker));
        Path second = BrowserPlans.write(folder, "noor-castell.txt",
                BrowserPlans.weak("Noor Castell", "02/09/2012", marker + "-2"));
        Path refused = BrowserPlans.write(folder, "shopping-list.txt",
                "Shopping list " + marker + "\nMilk, bread, apples and a birthday card for next week.\n");

        List<WebElement> rows = BrowserPlans.uploadOnThePage(browser, "North locality", first, refused, second);
        assertThat(browser.find(By.id("upload-summary")).getText()).contains("2 accepted, 1 refused");

        assertThat(rows).hasSize(3);
        WebElement refusedRow = rows.stream().filter(r -> r.getText().contains("shopping-list.txt")).findFirst()
                .orElseThrow();
        assertThat(refusedRow.getText()).contains("Refused").contains("does not look like an EHCP");
        assertThat(rows.stream().filter(r -> r.getText().contains("Accepted")).count()).isEqualTo(2);
        browser.look("upload-progress");

        WebElement open = rows.get(0).findElement(By.linkText("Open the plan"));
        WebElement html = browser.driver().findElement(By.tagName("html"));
        open.click();
        browser.waitUntil(driver -> driver.getCurrentUrl().matches(".*/plans/\\d+$"));
        assertThat(browser.heading()).isEqualTo("Ellis Hartley");
        List<WebElement> sectionLinks = browser.findAll(By.cssSelector(".app-section-nav__list a[href^='#section-']"));
        assertThat(sectionLinks).hasSizeGreaterThanOrEqualTo(12);
        List<WebElement> marks = browser.findAll(By.cssSelector("mark.app-flag"));
        assertThat(marks).as("flags highlighted in the text").isNotEmpty();
        assertThat(browser.find(By.id("section-F")).getText()).contains("Flags in section F");
        assertThat(browser.findAll(By.cssSelector("#golden-thread tbody tr"))).isNotEmpty();
        assertThat(browser.find(By.id("versions")).getText()).contains("ellis-hartley.txt");
        browser.look("plan");

        browser.find(By.cssSelector(".app-section-nav__list a[href='#section-F']")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#section-F");
        browser.look("plan-section-f");

        browser.open("/plans?team=North+locality");
        assertThat(browser.find(By.id("result-count")).getText()).contains("of 2 plans");
        browser.look("plans-filtered");

        browser.open("/imports");
        assertThat(browser.heading()).isEqualTo("Imports");
        browser.look("imports");

        browser.press("Sign out");
        assertThat(browser.path()).isEqualTo("/sign-in");
        browser.open("/plans");
        assertThat(browser.path()).as("signed out").isEqualTo("/sign-in");

        browser.assertNoSeriousAccessibilityViolations();
    }
}
