package org.ehcpqa.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium driven by Selenium for one user's journey. Every page the journey looks at
 * goes through {@link #look(String)}: it is saved as target/screenshots/&lt;journey&gt;/NN-name.png and
 * checked with axe-core, and {@link #assertNoSeriousAccessibilityViolations()} fails the journey
 * on any serious or critical violation found on any of its pages.
 *
 * <p>Debian's chromium and chromedriver are used (never Selenium Manager, which would download a
 * browser): CHROMIUM_BINARY and CHROMEDRIVER override their paths.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path userDataDir;
    private final URI base;
    private final String journey;
    private final Accessibility accessibility;
    private final List<Accessibility.PageReport> reports = new ArrayList<>();
    private int pageNumber;

    private Browser(ChromeDriver driver, Path userDataDir, URI base, String journey) {
        this.driver = driver;
        this.userDataDir = userDataDir;
        this.base = base;
        this.journey = journey;
        this.accessibility = new Accessibility(Path.of("target", "axe", journey));
    }

    /** A new browser with an empty profile (no cookies) for the journey. */
    public static Browser start(URI base, String journey) {
        try {
            Path profile = Files.createTempDirectory("ehcpqa-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                    "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1600", "--lang=en-GB");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1280, 1600));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
            Path folder = SCREENSHOTS.resolve(journey);
            deleteFolder(folder);
            Files.createDirectories(folder);
            return new Browser(driver, profile, base, journey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public String journey() {
        return journey;
    }

    /** Opens a path of the service. */
    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    /** Saves a screenshot of the page as it is and runs axe-core on it; returns the page's axe report. */
    public Accessibility.PageReport look(String name) {
        pageNumber++;
        String fileName = String.format("%02d-%s", pageNumber, name);
        try {
            Path file = SCREENSHOTS.resolve(journey).resolve(fileName + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Accessibility.PageReport report = accessibility.check(driver, fileName);
        reports.add(report);
        return report;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public String heading() {
        return find(By.tagName("h1")).getText();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String mainText() {
        return find(By.id("main-content")).getText();
    }

    public void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Types a date into a GOV.UK date input's day, month and year fields ({@code <name>-day} and so on). */
    public void typeDate(String name, int day, int month, int year) {
        type(name + "-day", Integer.toString(day));
        type(name + "-month", Integer.toString(month));
        type(name + "-year", Integer.toString(year));
    }

    /** Clicks the submit button with this text and waits for the next page. */
    public void press(String buttonText) {
        WebElement button = find(By.xpath("//button[normalize-space()='" + buttonText + "']"));
        WebElement html = driver.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(driver, WAIT).until(replaced(html));
    }

    /** Clicks this element (a button found within a form, say) and waits for the next page. */
    public void clickAndWait(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, WAIT).until(replaced(html));
    }

    public void clickLink(String text) {
        WebElement html = driver.findElement(By.tagName("html"));
        find(By.linkText(text)).click();
        new WebDriverWait(driver, WAIT).until(replaced(html));
    }

    /**
     * True once the page the element belonged to has gone. Chromium reports an element of a page
     * that has just been replaced either as stale or, mid-navigation, as a node that "does not belong
     * to the document"; both mean the next page has come.
     */
    private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> replaced(WebElement element) {
        return ignored -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * Polls the condition until it holds. A condition that reads an element htmx is swapping, or one of a
     * page being replaced, meets it gone (stale, or "does not belong to the document"): that is only "not yet".
     */
    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(current -> {
            try {
                return condition.apply(current);
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    public List<Accessibility.PageReport> reports() {
        return List.copyOf(reports);
    }

    /** The floor: no page of the journey has a serious or critical axe-core violation. */
    public void assertNoSeriousAccessibilityViolations() {
        assertThat(reports).as("pages checked by axe-core").isNotEmpty();
        List<String> problems = reports.stream().flatMap(r -> r.serious().stream().map(v -> r.page() + ": " + v))
                .toList();
        assertThat(problems).as("serious or critical axe-core violations in journey " + journey).isEmpty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteFolder(userDataDir);
        }
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A profile left in /tmp is harmless.
        }
    }
}
