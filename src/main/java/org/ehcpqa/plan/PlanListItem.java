package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** One line of a plan list: what tells plans apart, without their text. */
public record PlanListItem(long planId, long versionId, int versionNumber, @Nullable String childName,
                           @Nullable String primaryNeed, @Nullable String schoolYear, @Nullable String team,
                           @Nullable String caseworker, String status, String fileName, @Nullable Instant ingestedAt,
                           @Nullable String rating, @Nullable Double score) {

    public boolean scored() {
        return rating != null || score != null;
    }
}
