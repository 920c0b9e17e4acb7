package org.ehcpqa.framework;

import org.ehcpqa.scoring.CheckCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every framework shipped in qa-framework/ must load without a single violation. */
class ShippedFrameworksTest {

    /** Maven runs tests from the project root, where the service is started too. */
    static final Path DIR = Path.of("qa-framework");

    private final FrameworkLoader loader = new FrameworkLoader();

    static Stream<Path> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> yaml = files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).as("framework files in %s", DIR.toAbsolutePath()).isNotEmpty();
            return yaml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void everyShippedFrameworkIsValid(Path file) throws IOException {
        ValidationReport report = loader.load(file.getFileName().toString(), Files.readAllBytes(file));

        assertThat(report.violations()).isEmpty();
        assertThat(report.asFramework()).isPresent();
    }

    @Test
    void theShippedFrameworksTogetherUseEveryCheck() throws IOException {
        Set<CheckCode> used = EnumSet.noneOf(CheckCode.class);
        for (Path file : shippedFiles().toList()) {
            loader.load(file.getFileName().toString(), Files.readAllBytes(file)).asFramework().orElseThrow()
                    .criteria().forEach(criterion -> criterion.checks().forEach(check -> used.add(check.check())));
        }

        assertThat(EnumSet.complementOf(EnumSet.copyOf(used))).isEmpty();
    }

    @Test
    void theTwoFrameworksUseDifferentScales() throws IOException {
        QaFramework baseline = load("statutory-baseline.yaml");
        QaFramework council = load("council-practice.yaml");

        assertThat(baseline.scale().levels()).extracting(RatingLevel::id)
                .containsExactly("outstanding", "good", "requires-improvement", "inadequate");
        assertThat(council.scale().levels()).extracting(RatingLevel::id)
                .containsExactly("exceeds", "meets", "working-towards", "requirements-not-met");
        assertThat(baseline.criteria()).allSatisfy(criterion -> assertThat(criterion.citation()).isNotBlank());
    }

    private QaFramework load(String name) throws IOException {
        return loader.load(name, Files.readAllBytes(DIR.resolve(name))).asFramework().orElseThrow();
    }
}
