package org.ehcpqa.framework;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkHashTest {

    private final FrameworkLoader loader = new FrameworkLoader();

    @Test
    void theHashIsTheSha256OfTheFileBytes() {
        // SHA-256 of "abc", from FIPS 180-2 appendix B.1.
        assertThat(FrameworkLoader.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void changingOneByteChangesTheVersionHashButNotTheLabel() throws IOException {
        byte[] original = Files.readAllBytes(Path.of("src/test/resources/framework/valid/minimal.yaml"));
        byte[] changed = original.clone();
        int lastNewline = changed.length - 1;
        changed[lastNewline - 1] = (byte) '!'; // "enforced." becomes "enforced!"

        QaFramework before = loader.load("minimal.yaml", original).asFramework().orElseThrow();
        QaFramework after = loader.load("minimal.yaml", changed).asFramework().orElseThrow();

        assertThat(after.hash()).isNotEqualTo(before.hash()).hasSize(64);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(loader.load("minimal.yaml", original).hash()).isEqualTo(before.hash());
    }

    @Test
    void anInvalidFileStillReportsItsHash() {
        byte[] bytes = "id: [".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(loader.load("broken.yaml", bytes).hash()).isEqualTo(FrameworkLoader.sha256(bytes));
    }
}
