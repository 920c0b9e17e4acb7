package org.ehcpqa.imports;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.Sha256;
import org.ehcpqa.system.DataDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a file from the import folder ends: {@code import/processed/<name>}, or
 * {@code import/rejected/<name>} with {@code <name>.reason.txt} beside it. Placing is idempotent so
 * that a repeat after a crash does not make a second copy: a file already there with the same
 * digest is this one. A different file of the same name gets the item id added to its name.
 */
@Singleton
class FolderOutcomes {

    private final Path processed;
    private final Path rejected;

    FolderOutcomes(DataDirectory dataDirectory) {
        this.processed = dataDirectory.resolve("import/processed");
        this.rejected = dataDirectory.resolve("import/rejected");
    }

    void place(ImportItemRow item, @Nullable byte[] content, Outcome outcome) {
        boolean refused = outcome.status() == ItemStatus.REJECTED;
        Path folder = refused ? rejected : processed;
        try {
            Path target = targetFor(folder, item, content);
            if (content != null && !Files.exists(target)) {
                writeAtomically(target, content);
            }
            if (refused) {
                String reason = "type: " + outcome.problemType() + System.lineSeparator()
                        + outcome.problem() + System.lineSeparator();
                writeAtomically(target.resolveSibling(target.getFileName() + ".reason.txt"),
                        reason.getBytes(StandardCharsets.UTF_8));
            }
            StagingArea.forceFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot place import file " + item.fileName(), e);
        }
    }

    private static Path targetFor(Path folder, ImportItemRow item, @Nullable byte[] content) throws IOException {
        String name = safe(item.fileName());
        Path plain = folder.resolve(name);
        if (!Files.exists(plain) || (content != null && Sha256.of(Files.readAllBytes(plain)).equals(item.sha256()))) {
            return plain;
        }
        int dot = name.lastIndexOf('.');
        String tagged = dot > 0
                ? name.substring(0, dot) + "-" + item.id() + name.substring(dot)
                : name + "-" + item.id();
        return folder.resolve(tagged);
    }

    private static String safe(String fileName) {
        String name = fileName.replaceAll("[/\\\\\\x00]", "_");
        return name.isBlank() || name.startsWith(".") ? "_" + name : name;
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
        Files.write(temporary, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
