package org.ehcpqa.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A random 256-bit key made at first start and kept, readable by the service's user only, in the
 * data directory's secrets folder: keys survive a restart and no default key ships with the code.
 */
final class StoredSecret {

    private StoredSecret() {
    }

    /** The key in folder/name as hex, created when missing. */
    static String readOrCreate(Path folder, String name) {
        Path file = folder.resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            Files.createDirectories(folder);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String secret = HexFormat.of().formatHex(key);
            Files.writeString(file, secret, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the folder's own permissions have to do.
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key " + name + " in " + folder, e);
        }
    }
}
