package org.ehcpqa.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * axe-core on a page, against the WCAG 2.0, 2.1 and 2.2 A and AA rules. Each page's violations are
 * written to target/axe/&lt;journey&gt;/NN-name.txt (every impact, so minor ones are visible too).
 */
final class Accessibility {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** What axe-core found on one page; {@code serious} lists the serious and critical violations. */
    record PageReport(String page, int rulesPassed, List<String> violations, List<String> serious) {
    }

    private final Path folder;

    Accessibility(Path folder) {
        this.folder = folder;
    }

    PageReport check(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + page + ": " + results.getErrorMessage());
        }
        List<String> violations = results.getViolations().stream().map(Accessibility::describe).toList();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Accessibility::describe).toList();
        PageReport report = new PageReport(page, results.getPasses().size(), violations, serious);
        write(report, driver.getCurrentUrl());
        return report;
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget()))
                .reduce((a, b) -> a + "; " + b).orElse("");
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at " + where;
    }

    private void write(PageReport report, String url) {
        try {
            Files.createDirectories(folder);
            StringBuilder text = new StringBuilder("page: " + url + "\nrules passed: " + report.rulesPassed()
                    + "\nviolations: " + report.violations().size() + "\n");
            report.violations().forEach(v -> text.append("- ").append(v).append('\n'));
            Files.writeString(folder.resolve(report.page() + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
