package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** Everything ingestion learnt about one accepted file, to be stored in one transaction. */
public record NewPlanVersion(
        byte[] content,
        String sha256,
        String fileName,
        String mediaType,
        PlanStatus status,
        int pageCount,
        PlanMetadata metadata,
        List<PlanSection> sections,
        List<String> warnings,
        String ingestedBy,
        @Nullable String team,
        @Nullable String caseworker) {

    public NewPlanVersion {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }
}
