package org.ehcpqa.report.pack;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A pack in a list: no example text, so listing never needs the anonymiser. */
@Serdeable
public record PackSummary(long id, String title, @Nullable String description, String trainer, long itemCount,
                          @Nullable Instant updatedAt) {
}
