package org.ehcpqa.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Invented plans for browser journeys, written to files a file input can pick. */
public final class BrowserPlans {

    private BrowserPlans() {
    }

    /** A complete plan whose provision is vague and unquantified, so the assessment flags it. */
    public static String weak(String childName, String dateOfBirth, String marker) {
        return """
                Education, Health and Care Plan
                Name: %1$s
                Date of birth: %2$s
                Date of issue: 04/02/2025
                Status: Final

                Section A: Views, interests and aspirations
                %1$s likes football and cooking. %1$s wants to be a chef. Reference %3$s.

                Section B: Special educational needs
                %1$s has difficulties with communication.
                %1$s finds reading difficult.
                %1$s becomes anxious at unstructured times.

                Section C: Health needs
                %1$s has asthma.

                Section D: Social care needs
                No social care needs were identified.

                Section E: Outcomes
                %1$s will improve communication skills.
                %1$s will feel more confident.

                Section F: Special educational provision
                %1$s will have access to a quiet space.
                Staff should use visual supports where possible.
                Regular speech and language therapy input as required.
                Opportunities for social skills work.

                Section G: Health provision
                None required.

                Section H1: Social care provision under section 2 of the CSDPA 1970
                None required.

                Section H2: Other social care provision
                None required.

                Section I: Placement
                Brookfield Primary School, a mainstream primary school.

                Section J: Personal budget
                No personal budget was requested.

                Section K: Advice and information
                Educational psychologist advice, Dr R. Ellery, 3 March 2025.
                """.formatted(childName, dateOfBirth, marker);
    }

    static Path write(Path folder, String fileName, String content) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(fileName);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Picks the files in the upload page's file input (as a drop of several files does), with a team,
     * uploads them and waits until every file has its answer; returns one row per file.
     */
    static java.util.List<org.openqa.selenium.WebElement> uploadOnThePage(Browser browser, String team,
                                                                          Path... files) {
        browser.clickLink("Upload plans");
        org.assertj.core.api.Assertions.assertThat(browser.heading()).isEqualTo("Upload plans");
        browser.look("upload");
        browser.find(org.openqa.selenium.By.id("file")).sendKeys(String.join("\n",
                java.util.Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).toList()));
        browser.find(org.openqa.selenium.By.id("team")).sendKeys(team);
        browser.find(org.openqa.selenium.By.id("upload-button")).click();
        String done = files.length + " of " + files.length;
        browser.waitUntil(driver -> driver.findElement(org.openqa.selenium.By.id("upload-summary")).getText()
                .startsWith(done));
        return browser.findAll(org.openqa.selenium.By.cssSelector("#upload-list li"));
    }
}
