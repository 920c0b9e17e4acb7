package org.ehcpqa.audit;

import io.micronaut.security.authentication.Authentication;
import org.ehcpqa.security.Roles;

/** Who is asking, and whether they are an administrator (who may act for either rater where the rules allow). */
record Caller(String name, boolean admin) {

    static Caller of(Authentication authentication) {
        return new Caller(authentication.getName(), authentication.getRoles().contains(Roles.ADMIN));
    }
}
