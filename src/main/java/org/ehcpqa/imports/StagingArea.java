package org.ehcpqa.imports;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.Sha256;
import org.ehcpqa.system.DataDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Import files on disk ({@code <data dir>/import/staging}) between their arrival and their outcome.
 * Every write is forced to disk and renamed into place, and the folder itself is forced, so a file
 * the database calls staged survives a power cut or a kill -9.
 */
@Singleton
class StagingArea {

    /** Files moved in from the inbox carry their name, so an orphan can be given back to the inbox. */
    static final String FOLDER_PREFIX = "f-";
    static final String UPLOAD_PREFIX = "u-";

    private final Path root;

    StagingArea(DataDirectory dataDirectory) {
        this.root = dataDirectory.resolve("import/staging");
    }

    /** Copies at most {@code maxBytes} bytes of the stream to a new staged file. */
    StagedFile stage(String fileName, InputStream content, long maxBytes) {
        String stagedName = UPLOAD_PREFIX + UUID.randomUUID();
        Path temporary = root.resolve(stagedName + ".part");
        try {
            DigestInputStream digesting = new DigestInputStream(content, sha256());
            long size;
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                size = digesting.transferTo(new LimitedOutputStream(out, maxBytes));
            }
            Files.move(temporary, root.resolve(stagedName), StandardCopyOption.ATOMIC_MOVE);
            forceFolder();
            return new StagedFile(fileName, stagedName, HexFormat.of().formatHex(digesting.getMessageDigest().digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage an import file", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Moves a file from the inbox into staging (one rename: the inbox never holds it twice). */
    StagedFile adopt(Path inboxFile) throws IOException {
        String fileName = inboxFile.getFileName().toString();
        String stagedName = FOLDER_PREFIX + UUID.randomUUID() + "-" + fileName;
        Path staged = root.resolve(stagedName);
        Files.move(inboxFile, staged, StandardCopyOption.ATOMIC_MOVE);
        forceFolder();
        forceFolder(inboxFile.getParent());
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(staged), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new StagedFile(fileName, stagedName, HexFormat.of().formatHex(digest.digest()), Files.size(staged));
    }

    /** The staged bytes, or empty when they are missing or no longer match their digest. */
    Optional<byte[]> read(String stagedName, String sha256) {
        try {
            byte[] content = Files.readAllBytes(root.resolve(stagedName));
            return Sha256.of(content).equals(sha256) ? Optional.of(content) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    boolean exists(String stagedName) {
        return Files.isRegularFile(root.resolve(stagedName));
    }

    /** Called only once the item's outcome is committed. */
    void delete(String stagedName) {
        deleteQuietly(root.resolve(stagedName));
    }

    List<Path> all() {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the import staging folder", e);
        }
    }

    private void forceFolder() throws IOException {
        forceFolder(root);
    }

    static void forceFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // A leftover temporary file is swept at the next start; nothing depends on it.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
