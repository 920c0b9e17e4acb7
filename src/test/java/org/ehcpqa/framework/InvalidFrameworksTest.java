package org.ehcpqa.framework;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One fixture per rule in src/test/resources/framework/invalid/, each a copy of valid/minimal.yaml broken in the way
 * its name says. Messages are asserted word for word: they are what an administrator reads.
 */
class InvalidFrameworksTest {

    private static final Path DIR = Path.of("src/test/resources/framework");

    private final FrameworkLoader loader = new FrameworkLoader();

    @Test
    void theFixtureTheOthersBreakIsValid() throws IOException {
        ValidationReport report = load("valid/minimal.yaml");

        assertThat(report.violations()).isEmpty();
        assertThat(report.framework().criterion("F1").orElseThrow().checks().getFirst().params())
                .containsEntry("allowed", 1L)
                .containsEntry("minWords", 3L)
                .containsEntry("sections", java.util.List.of("F", "G"));
    }

    @Test
    void unknownKey() throws IOException {
        assertThat(load("invalid/unknown-key.yaml").violations()).containsExactly(new FrameworkViolation(
                "unknown-key.yaml", 30, "Unknown key \"guidence\" in criterion \"F1\"; did you mean \"guidance\"?"));
    }

    @Test
    void parameterTheCheckDoesNotTakeOrOfTheWrongType() throws IOException {
        assertThat(load("invalid/unknown-or-mistyped-parameter.yaml").violations()).containsExactly(
                new FrameworkViolation("unknown-or-mistyped-parameter.yaml", 35, "Check \"unquantified_provision\" does "
                        + "not take a parameter \"max-share\" (in criterion \"F1\"); it takes sections, allowed, minWords."),
                new FrameworkViolation("unknown-or-mistyped-parameter.yaml", 37, "Parameter \"maxAgeMonths\" of check "
                        + "\"outdated_advice\" in criterion \"F1\" must be a whole number, not \"twelve\"."));
    }

    @Test
    void missingField() throws IOException {
        assertThat(load("invalid/missing-field.yaml").violations()).containsExactly(new FrameworkViolation(
                "missing-field.yaml", 27, "Missing required key \"citation\" in criterion \"F1\"."));
    }

    @Test
    void duplicateCriterionId() throws IOException {
        assertThat(load("invalid/duplicate-criterion-id.yaml").violations()).containsExactly(new FrameworkViolation(
                "duplicate-criterion-id.yaml", 27, "Criterion id \"E1\" is used twice (first on line 22)."));
    }

    @Test
    void weightsDoNotSum() throws IOException {
        assertThat(load("invalid/weights-do-not-sum.yaml").violations()).containsExactly(new FrameworkViolation(
                "weights-do-not-sum.yaml", 17, "The section weights add up to 90, not 100."));
    }

    @Test
    void overlappingBands() throws IOException {
        assertThat(load("invalid/overlapping-bands.yaml").violations()).containsExactly(new FrameworkViolation(
                "overlapping-bands.yaml", 15,
                "The bands of \"poor\" and \"good\" overlap: \"poor\" ends at 55 but \"good\" starts at 50."));
    }

    @Test
    void gappedBands() throws IOException {
        assertThat(load("invalid/gapped-bands.yaml").violations()).containsExactly(new FrameworkViolation(
                "gapped-bands.yaml", 15,
                "Scores from 50 to 60 fall in no level: \"poor\" ends at 50 but \"good\" starts at 60."));
    }

    @Test
    void unknownCheck() throws IOException {
        assertThat(load("invalid/unknown-check.yaml").violations()).containsExactly(new FrameworkViolation(
                "unknown-check.yaml", 35,
                "Unknown check \"vague_wording\" in criterion \"F1\"; did you mean \"vague_provision_wording\"?"));
    }

    @Test
    void unknownSection() throws IOException {
        assertThat(load("invalid/unknown-section.yaml").violations()).containsExactly(new FrameworkViolation(
                "unknown-section.yaml", 37,
                "\"section\" in criterion \"L1\" must be one of A, B, C, D, E, F, G, H1, H2, I, J, K, not \"L\"."));
    }

    @Test
    void limitingRuleNamesUnknownLevel() throws IOException {
        assertThat(load("invalid/limiting-unknown-level.yaml").violations()).containsExactly(new FrameworkViolation(
                "limiting-unknown-level.yaml", 41, "Limiting rule \"f-caps-plan\" names level \"requires-improvement\""
                + " in \"cap-at\", but the scale has no such level; the levels are good, poor."));
    }

    @Test
    void wrongType() throws IOException {
        assertThat(load("invalid/wrong-type.yaml").violations()).containsExactly(new FrameworkViolation(
                "wrong-type.yaml", 30, "\"weight\" in criterion \"F1\" must be a number, not \"heavy\"."));
    }

    @Test
    void severalErrorsAreAllReportedInFileOrder() throws IOException {
        ValidationReport report = load("invalid/several-errors.yaml");

        assertThat(report.framework()).isNull();
        assertThat(report.violations()).extracting(FrameworkViolation::line, FrameworkViolation::message)
                .containsExactly(
                        tuple(2, "Missing required key \"title\" at the top level."),
                        tuple(4,
                                "Unknown key \"titel\" at the top level; did you mean \"title\"?"),
                        tuple(15,
                                "Scores from 50 to 60 fall in no level: \"poor\" ends at 50 but \"good\" starts at 60."),
                        tuple(17, "The section weights add up to 110, not 100."),
                        tuple(21, "Section E is listed twice (first on line 17)."),
                        tuple(24,
                                "The weights of the criteria in section E add up to 90, not 100."),
                        tuple(29,
                                "Criterion \"G1\" belongs to section G, which is not listed under \"sections\"."),
                        tuple(47, "Limiting rule \"f-caps-plan\" names level \"weak\""
                                + " in \"at-or-worse-than\", but the scale has no such level; the levels are good, poor."));
        assertThat(report.violations()).extracting(FrameworkViolation::file).containsOnly("several-errors.yaml");
    }

    private ValidationReport load(String relative) throws IOException {
        Path file = DIR.resolve(relative);
        return loader.load(file.getFileName().toString(), Files.readAllBytes(file));
    }
}
