package org.ehcpqa.imports;

import org.ehcpqa.ingest.IngestLimits;
import org.ehcpqa.system.DataDirectory;
import org.ehcpqa.web.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZipBatchReaderTest {

    @TempDir
    Path data;
    ZipBatchReader reader;
    Path staging;

    @BeforeEach
    void reader() {
        DataDirectory dataDirectory = new DataDirectory(data.toString());
        reader = new ZipBatchReader(IngestLimits.defaults(), new ImportSettings(1, 3, true, Duration.ofSeconds(3)),
                new StagingArea(dataDirectory));
        staging = dataDirectory.resolve("import/staging");
    }

    @Test
    void stagesEveryFileAndSkipsFoldersAndClutter() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("batch/", new byte[0]);
        entries.put("batch/one.pdf", bytes("one"));
        entries.put("__MACOSX/batch/._one.pdf", bytes("fork"));
        entries.put("batch/.DS_Store", bytes("finder"));
        entries.put("two.docx", bytes("two"));

        List<StagedFile> staged = reader.stageAll(ImportFiles.zip(entries));

        assertThat(staged).extracting(StagedFile::fileName).containsExactly("one.pdf", "two.docx");
        assertThat(Files.readAllBytes(staging.resolve(staged.get(0).stagedName()))).isEqualTo(bytes("one"));
    }

    @Test
    void refusesTraversalNestedZipsTooManyFilesAndDamage() throws Exception {
        assertRefused(Map.of("../outside.pdf", bytes("x")), "suspicious-archive");
        assertRefused(Map.of("/etc/passwd", bytes("x")), "suspicious-archive");
        assertRefused(Map.of("inner.zip", ImportFiles.zip(Map.of("a.pdf", bytes("a")))), "suspicious-archive");
        assertRefused(Map.of("a.pdf", bytes("a"), "b.pdf", bytes("b"), "c.pdf", bytes("c"), "d.pdf", bytes("d")),
                "too-many-files");
        assertThatThrownBy(() -> reader.stageAll(bytes("PK not really a zip")))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.toProblem().type()).isEqualTo("/problems/corrupt"));
        try (var left = Files.list(staging)) {
            assertThat(left.toList()).as("a refused zip leaves nothing staged").isEmpty();
        }
    }

    @Test
    void refusesAZipBombAndLeavesNothingStaged() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("fine.pdf", bytes("fine"));
        entries.put("bomb.pdf", new byte[20 * 1024 * 1024]);

        assertRefused(entries, "suspicious-archive");
        try (var left = Files.list(staging)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    private void assertRefused(Map<String, byte[]> entries, String slug) {
        assertThatThrownBy(() -> reader.stageAll(ImportFiles.zip(entries)))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.toProblem().type()).isEqualTo("/problems/" + slug));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
