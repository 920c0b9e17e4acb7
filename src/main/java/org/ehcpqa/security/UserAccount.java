package org.ehcpqa.security;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Set;

/** A user as the API shows it: never with the password hash. */
@Serdeable
public record UserAccount(long id, String username, String displayName, boolean enabled, Set<Role> roles) {
}
