package org.ehcpqa.plan;

import jakarta.inject.Singleton;
import org.ehcpqa.system.DataDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Original files kept byte for byte, named by their SHA-256 ({@code originals/ab/cd/abcd...}).
 * A file is written to a temporary name, forced to disk and renamed, so a crash never leaves a
 * half-written original under its final name; reads verify the digest.
 */
@Singleton
public class OriginalStore {

    private final Path root;

    OriginalStore(DataDirectory dataDirectory) {
        this.root = dataDirectory.resolve("originals");
    }

    /** Stores the bytes under their digest; storing the same bytes again does nothing. */
    public void put(String sha256, byte[] content) {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
            try {
                Files.write(temporary, content, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                moveIntoPlace(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store original " + sha256, e);
        }
    }

    /** The bytes stored under this digest, checked against it. */
    public byte[] get(String sha256) {
        byte[] content;
        try {
            content = Files.readAllBytes(pathOf(sha256));
        } catch (IOException e) {
            throw new OriginalUnavailableException(sha256, "is missing from the originals store", e);
        }
        if (!Sha256.of(content).equals(sha256)) {
            throw new OriginalUnavailableException(sha256, "no longer matches its SHA-256 digest", null);
        }
        return content;
    }

    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 digest");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
