package org.ehcpqa.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

@Serdeable
public record AccessEntry(String username, long planId, @Nullable Long versionId, AccessAction action,
                          @Nullable Instant at) {
}
