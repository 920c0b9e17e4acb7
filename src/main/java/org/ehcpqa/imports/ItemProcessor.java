package org.ehcpqa.imports;

import jakarta.inject.Singleton;
import org.ehcpqa.ingest.IngestRefusedException;
import org.ehcpqa.ingest.IngestService;
import org.ehcpqa.plan.StoredVersion;

import java.time.Instant;
import java.util.Optional;

/**
 * Takes one import file to its outcome, in an order that makes a crash at any point harmless:
 * <ol>
 *   <li>ingest the staged bytes (storing a plan is idempotent by SHA-256);</li>
 *   <li>for folder files, place the file in {@code processed/} or {@code rejected/} (idempotent by
 *       name and digest);</li>
 *   <li>record the outcome, only if the item is still PENDING;</li>
 *   <li>delete the staged bytes.</li>
 * </ol>
 * A crash before step 3 leaves the item PENDING with its bytes staged, and the next start repeats
 * the steps; re-ingesting returns the plan stored the first time.
 */
@Singleton
class ItemProcessor {

    private final IngestService ingest;
    private final ImportItemRepository items;
    private final StagingArea staging;
    private final FolderOutcomes folder;

    ItemProcessor(IngestService ingest, ImportItemRepository items, StagingArea staging, FolderOutcomes folder) {
        this.ingest = ingest;
        this.items = items;
        this.staging = staging;
        this.folder = folder;
    }

    void process(ImportJobRow job, ImportItemRow item) {
        Optional<byte[]> content = staging.read(item.stagedName(), item.sha256());
        Outcome outcome = content.map(bytes -> ingest(job, item, bytes))
                .orElseGet(() -> Outcome.rejected("staging-lost", "The copy of this file kept for the import is"
                        + " missing or damaged on disk, so it could not be read. Import the file again."));
        if (ImportJobs.SOURCE_FOLDER.equals(job.source())) {
            folder.place(item, content.orElse(null), outcome);
        }
        items.recordOutcome(item.id(), outcome.status().name(), outcome.planId(), outcome.problemType(),
                outcome.problem(), Instant.now());
        staging.delete(item.stagedName());
    }

    private Outcome ingest(ImportJobRow job, ImportItemRow item, byte[] bytes) {
        try {
            StoredVersion stored = ingest.ingestInBulk(bytes, item.fileName(), job.createdBy(), job.team(),
                    job.caseworker());
            return Outcome.accepted(acceptedStatus(item, stored), stored.planId());
        } catch (IngestRefusedException refused) {
            return Outcome.rejected(refused.reason().slug(), refused.getMessage());
        }
    }

    /**
     * PROCESSED when this file's bytes were stored by this import; DUPLICATE when they were stored
     * before the file was staged, or another import file with the same bytes is already PROCESSED.
     * "Not created" alone cannot tell: after a crash between ingest and recording, the re-ingest
     * finds the version this very item stored, and that must still count as PROCESSED.
     */
    private ItemStatus acceptedStatus(ImportItemRow item, StoredVersion stored) {
        if (stored.created()) {
            return ItemStatus.PROCESSED;
        }
        boolean storedBeforeStaging = stored.ingestedAt() != null
                && stored.ingestedAt().isBefore(item.stagedAt());
        if (storedBeforeStaging || items.countProcessedElsewhere(item.sha256(), item.id()) > 0) {
            return ItemStatus.DUPLICATE;
        }
        return ItemStatus.PROCESSED;
    }
}
