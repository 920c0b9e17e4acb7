package org.ehcpqa.system;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one folder the service writes to ({@code EHCPQA_DATA_DIR}): embedded database files, the
 * search index, the originals store and the import folder all live below it.
 */
@Singleton
public class DataDirectory {

    private final Path root;

    public DataDirectory(@Value("${ehcpqa.data-dir:./data}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** A sub-folder of the data directory, created when missing. */
    public Path resolve(String name) {
        Path folder = root.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data folder " + folder, e);
        }
        return folder;
    }
}
