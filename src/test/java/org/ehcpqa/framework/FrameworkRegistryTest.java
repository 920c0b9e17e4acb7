package org.ehcpqa.framework;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FrameworkRegistryTest {

    private static final Path MINIMAL = Path.of("src/test/resources/framework/valid/minimal.yaml");

    @TempDir
    Path dir;

    @Test
    void loadsTheShippedFrameworksFromTheRepositoryRoot() {
        FrameworkRegistry registry = new FrameworkRegistry(ShippedFrameworksTest.DIR, new FrameworkLoader());

        assertThat(registry.active()).extracting(QaFramework::id)
                .containsExactly("council-practice", "statutory-baseline");
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void anInvalidFileIsReportedAndNeverActive() throws IOException {
        Files.copy(MINIMAL, dir.resolve("minimal.yaml"));
        Files.copy(Path.of("src/test/resources/framework/invalid/wrong-type.yaml"), dir.resolve("wrong-type.yaml"));
        Files.writeString(dir.resolve("notes.txt"), "not a framework");

        FrameworkRegistry registry = new FrameworkRegistry(dir, new FrameworkLoader());

        assertThat(registry.active()).extracting(QaFramework::file).containsExactly("minimal.yaml");
        assertThat(registry.problems()).singleElement()
                .satisfies(report -> assertThat(report.violations()).extracting(FrameworkViolation::file,
                        FrameworkViolation::line).containsExactly(tuple("wrong-type.yaml", 30)));
    }

    @Test
    void aChangedFileIsANewVersionAndTheOldOneStaysRetrievable() throws IOException {
        Path file = Files.copy(MINIMAL, dir.resolve("minimal.yaml"));
        FrameworkRegistry registry = new FrameworkRegistry(dir, new FrameworkLoader());
        QaFramework first = registry.find("minimal").orElseThrow();

        Files.writeString(file, Files.readString(file).replace("version: \"1\"", "version: \"2\""));
        registry.reload();
        QaFramework second = registry.find("minimal").orElseThrow();

        assertThat(second.version()).isEqualTo("2");
        assertThat(second.hash()).isNotEqualTo(first.hash());
        assertThat(registry.findVersion("minimal", first.hash())).contains(first);
        assertThat(registry.findVersion("minimal", second.hash())).contains(second);
        assertThat(registry.versions("minimal")).containsExactly(first, second);
    }

    @Test
    void aFileThatBecomesInvalidKeepsItsLastValidVersionActive() throws IOException {
        Path file = Files.copy(MINIMAL, dir.resolve("minimal.yaml"));
        FrameworkRegistry registry = new FrameworkRegistry(dir, new FrameworkLoader());
        QaFramework valid = registry.find("minimal").orElseThrow();

        Files.writeString(file, Files.readString(file).replace("weight: 60", "weight: sixty"));
        var reports = registry.reload();

        assertThat(reports).singleElement().satisfies(report -> assertThat(report.valid()).isFalse());
        assertThat(registry.find("minimal")).contains(valid);
        assertThat(registry.problems()).extracting(ValidationReport::file).containsExactly("minimal.yaml");
    }

    @Test
    void twoFilesWithOneIdActivateOnlyTheFirst() throws IOException {
        Files.copy(MINIMAL, dir.resolve("a.yaml"));
        Files.copy(MINIMAL, dir.resolve("b.yaml"));

        FrameworkRegistry registry = new FrameworkRegistry(dir, new FrameworkLoader());

        assertThat(registry.find("minimal").orElseThrow().file()).isEqualTo("a.yaml");
        assertThat(registry.problems()).singleElement().satisfies(report -> assertThat(report.violations())
                .containsExactly(new FrameworkViolation("b.yaml", 1,
                        "The framework id \"minimal\" is already used by a.yaml; each framework needs its own id.")));
    }

    @Test
    void aMissingDirectoryLeavesNoFrameworkActiveWithoutFailing() {
        FrameworkRegistry registry = new FrameworkRegistry(dir.resolve("absent"), new FrameworkLoader());

        assertThat(registry.active()).isEmpty();
    }

    @Test
    void validateChecksAnUploadWithoutActivatingIt() throws IOException {
        FrameworkRegistry registry = new FrameworkRegistry(dir, new FrameworkLoader());
        byte[] upload = Files.readString(MINIMAL).replace("id: minimal", "id: uploaded").getBytes(StandardCharsets.UTF_8);

        ValidationReport report = registry.validate("uploaded.yaml", upload);

        assertThat(report.valid()).isTrue();
        assertThat(registry.find("uploaded")).isEmpty();
    }
}
