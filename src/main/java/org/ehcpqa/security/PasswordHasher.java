package org.ehcpqa.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt, so a leaked user table does not give away passwords. */
@Singleton
class PasswordHasher {

    // Cost 10 keeps a login around 50 ms on these machines while staying well above brute-force reach.
    private static final int COST = 10;

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
