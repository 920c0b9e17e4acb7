package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** One change to an audit: who made it, when, to which field, from what to what. */
@Serdeable
public record TrailEntry(long id, Instant at, String username, String field, @Nullable String oldValue,
                         @Nullable String newValue) {
}
