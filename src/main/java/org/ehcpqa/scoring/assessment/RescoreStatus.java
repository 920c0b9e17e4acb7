package org.ehcpqa.scoring.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * Progress of a re-scoring job.
 *
 * @param status RUNNING, COMPLETED or FAILED (the job itself broke, e.g. the database went away)
 * @param total  plan versions to score; 0 until the job has listed them
 * @param done   versions scored and stored with every active framework
 * @param failed versions that could not be scored; done + failed = total when COMPLETED
 */
@Serdeable
public record RescoreStatus(String jobId, String status, int total, int done, int failed, Instant startedAt,
                            @Nullable Instant finishedAt) {
}
