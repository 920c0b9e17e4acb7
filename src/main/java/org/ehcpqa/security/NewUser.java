package org.ehcpqa.security;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** The request to create a user. */
@Serdeable
public record NewUser(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+",
                message = "may hold only letters, digits and . _ @ -") String username,
        @NotBlank @Size(min = 12, max = 200, message = "must be 12 to 200 characters long") String password,
        @NotBlank @Size(max = 200) String displayName,
        @NotEmpty Set<Role> roles) {
}
