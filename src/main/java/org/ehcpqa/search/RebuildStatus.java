package org.ehcpqa.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Progress of an index rebuild: plans indexed of the total, and failures (ids are in the log). */
@Serdeable
public record RebuildStatus(String jobId, String status, int total, int indexed, int failed, Instant startedAt,
                            @Nullable Instant finishedAt) {
}
