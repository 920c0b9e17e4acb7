package org.ehcpqa.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("app_user")
record UserRow(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String passwordHash,
        String displayName,
        boolean enabled) {
}
