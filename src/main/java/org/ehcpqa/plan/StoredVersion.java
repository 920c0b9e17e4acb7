package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * The result of storing a file in bulk: the ids only, because a bulk import does not show the plan
 * and reading a whole version back (every section's text) for nothing was a third of its storage cost.
 *
 * @param created    false when the same bytes had been stored before and nothing new was written
 * @param ingestedAt when the version was first stored; null for one created by this call (it is now)
 */
public record StoredVersion(long planId, long versionId, boolean created, @Nullable Instant ingestedAt) {
}
