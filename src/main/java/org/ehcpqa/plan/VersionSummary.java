package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;

/** One version in a plan's history. */
@Serdeable
public record VersionSummary(long versionId, int versionNumber, boolean current, String fileName,
                             String sha256, @Nullable LocalDate issueDate, @Nullable Instant ingestedAt) {
}
