package org.ehcpqa.imports;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Bulk import settings ({@code ehcpqa.import.*}).
 *
 * @param workers            threads that ingest import items; small on purpose, because parsing is
 *                           CPU-bound and the HTTP threads and single uploads must keep going
 * @param maxFiles           most files one import may hold (all parts, or all entries of a zip)
 * @param folderEnabled      whether {@code <data dir>/import/inbox} is watched
 * @param folderPollInterval how often the inbox is looked at; a file is taken once its size and
 *                           modification time have not changed between two looks
 */
@ConfigurationProperties("ehcpqa.import")
public record ImportSettings(
        @Bindable(defaultValue = "1") int workers,
        @Bindable(defaultValue = "2000") int maxFiles,
        @Bindable(defaultValue = "true") boolean folderEnabled,
        @Bindable(defaultValue = "3s") Duration folderPollInterval) {

    public ImportSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("ehcpqa.import.workers must be 1 or more");
        }
        if (maxFiles < 1) {
            throw new IllegalArgumentException("ehcpqa.import.max-files must be 1 or more");
        }
        if (folderPollInterval == null || folderPollInterval.isNegative() || folderPollInterval.isZero()) {
            throw new IllegalArgumentException("ehcpqa.import.folder-poll-interval must be a positive duration");
        }
    }
}
