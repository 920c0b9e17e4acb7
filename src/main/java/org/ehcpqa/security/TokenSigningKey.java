package org.ehcpqa.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.ehcpqa.system.DataDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The key that signs bearer tokens: EHCPQA_JWT_SECRET when set, otherwise a random key generated
 * at first start and kept in the data directory, so tokens survive a restart and no default key
 * ships with the code.
 */
@Factory
class TokenSigningKey {

    @Singleton
    @Named("generator")
    SecretSignature signature(@Value("${ehcpqa.jwt-secret:}") String configured, DataDirectory dataDirectory) {
        SecretSignatureConfiguration config = new SecretSignatureConfiguration("generator");
        config.setJwsAlgorithm(JWSAlgorithm.HS256);
        config.setSecret(configured.isBlank() ? storedSecret(dataDirectory.resolve("secrets")) : configured);
        return new SecretSignature(config);
    }

    private static String storedSecret(Path folder) {
        Path file = folder.resolve("jwt-signing.key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
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
            throw new UncheckedIOException("Cannot read or create the token signing key in " + folder, e);
        }
    }
}
