package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A plan as the API shows it: the plan's identity and its current version.
 *
 * @param id            the plan (the child); stable across versions
 * @param versionId     the version shown
 * @param versionNumber 1 for the first plan of this child, then 2, 3...
 */
@Serdeable
public record PlanView(
        long id,
        long versionId,
        int versionNumber,
        PlanStatus status,
        String fileName,
        String sha256,
        String mediaType,
        int pageCount,
        PlanMetadata metadata,
        List<PlanSection> sections,
        List<String> warnings,
        @Nullable String team,
        @Nullable String caseworker,
        @Nullable Instant ingestedAt) {
}
