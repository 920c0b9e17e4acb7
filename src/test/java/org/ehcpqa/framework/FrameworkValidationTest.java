package org.ehcpqa.framework;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules beyond the named fixtures, each written as one edit to valid/minimal.yaml so the broken line is visible
 * in the test itself.
 */
class FrameworkValidationTest {

    private final FrameworkLoader loader = new FrameworkLoader();
    private final String minimal;

    FrameworkValidationTest() throws IOException {
        minimal = Files.readString(Path.of("src/test/resources/framework/valid/minimal.yaml"));
    }

    @Test
    void notYamlAtAll() {
        assertThat(messages(edit("    weight: 40\n", "    weight: [40\n")))
                .containsExactly("19: The file is not valid YAML: expected ',' or ']', but got :.");
    }

    @Test
    void emptyFileAndWrongTopLevel() {
        assertThat(messages("# nothing here\n")).containsExactly("1: The file is empty.");
        assertThat(messages("- id: x\n"))
                .containsExactly("1: The file must be a mapping of keys to values, not a list.");
    }

    @Test
    void aKeyGivenTwice() {
        assertThat(messages(edit("    weight: 40\n", "    weight: 40\n    weight: 45\n")))
                .containsExactly("19: Key \"weight\" appears twice in section E (first on line 18).");
    }

    @Test
    void onlyHealthAndCareSectionsMayHaveNoNeeds() {
        assertThat(messages(edit("    weight: 60\n", "    weight: 60\n    no-needs-statement-accepted: true\n")))
                .containsExactly("19: Section F cannot accept a \"no needs\" statement; only C, D, G, H1 and H2 may"
                        + " say there is nothing to record.");
    }

    @Test
    void limitingCriteriaAndRulesMustMeet() {
        assertThat(messages(edit("      section: F\n      at-or-worse", "      criterion: E1\n      at-or-worse")))
                .containsExactly(
                        "27: Criterion \"F1\" is marked limiting, but no limiting rule watches it or section F.",
                        "38: Limiting rule \"f-caps-plan\" watches criterion \"E1\", which is not marked"
                                + " \"limiting: true\".");
        assertThat(messages(edit("      section: F\n      at-or-worse",
                "      section: F\n      criterion: F1\n      at-or-worse")))
                .containsExactly("38: Limiting rule \"f-caps-plan\" must watch either a \"section\" or a"
                        + " \"criterion\", not both.");
        assertThat(messages(edit("      cap-at: poor\n", "      cap-at: poor\n      applies-to: everything\n")))
                .containsExactly("42: \"applies-to\" in limiting rule \"f-caps-plan\" must be \"overall\" or a"
                        + " section code such as F, not \"everything\".");
    }

    @Test
    void checkParametersAreScalarsOrLists() {
        assertThat(messages(edit("sections: [F, G]", "sections: {a: 1}")))
                .containsExactly("35: Parameter \"sections\" of check \"unquantified_provision\" in criterion \"F1\""
                        + " must be text, a number, true or false, or a list of those, not a mapping.");
    }

    @Test
    void levelsAreListedBestFirst() {
        String worstFirst = edit("""
                    - id: good
                      label: Good
                      band: [50, 100]
                    - id: poor
                      label: Poor
                      band: [0, 50]
                """, """
                    - id: poor
                      label: Poor
                      band: [0, 50]
                    - id: good
                      label: Good
                      band: [50, 100]
                """);

        assertThat(messages(worstFirst))
                .containsExactly("9: Rating levels must be listed best first, but \"poor\" has a lower band than \"good\".");
    }

    @Test
    void aBandIsTwoNumbers() {
        assertThat(messages(edit("band: [0, 50]", "band: [0, 25, 50]"))).containsExactly(
                "15: \"band\" in rating level \"poor\" must be a list of two numbers, [min, max], not 3 values.");
    }

    @Test
    void flagsAreTrueOrFalseNotYes() {
        assertThat(messages(edit("limiting: true", "limiting: yes")))
                .containsExactly("31: \"limiting\" in criterion \"F1\" must be true or false, not \"yes\".");
    }

    @Test
    void aSourceNeedsACitationOrAUrl() {
        assertThat(messages(edit("    citation: paragraph 9.69\n", "")))
                .containsExactly("6: Source \"SEND Code of Practice 2015\" needs a \"citation\" or a \"url\".");
    }

    @Test
    void didYouMeanOnlyWhenItHelps() {
        assertThat(Suggestions.closest("wieght", java.util.List.of("weight", "section"))).contains("weight");
        assertThat(Suggestions.closest("colour", java.util.List.of("weight", "section"))).isEmpty();
    }

    private String edit(String from, String to) {
        assertThat(minimal).contains(from);
        return minimal.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private java.util.List<String> messages(String yaml) {
        ValidationReport report = loader.load("case.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(report.framework()).isNull();
        return report.violations().stream().map(v -> v.line() + ": " + v.message()).toList();
    }
}
