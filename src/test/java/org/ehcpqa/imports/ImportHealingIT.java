package org.ehcpqa.imports;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.ingest.IngestService;
import org.ehcpqa.plan.StoredPlan;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.ehcpqa.system.DataDirectory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash windows of the import, each replayed on purpose rather than hoped for in a kill test:
 * a plan stored but its outcome never recorded, and staged files that no job recorded.
 */
// Not transactional: the import workers must see what the test writes.
@MicronautTest(transactional = false)
class ImportHealingIT implements TestApplication {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Inject
    StagingArea staging;
    @Inject
    ImportJobs jobs;
    @Inject
    ImportWorkers workers;
    @Inject
    IngestService ingest;
    @Inject
    ImportRecovery recovery;
    @Inject
    DataDirectory dataDirectory;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestApplication.super.getProperties());
        properties.put("ehcpqa.import.folder-poll-interval", "300ms");
        return properties;
    }

    @Test
    void aPlanStoredBeforeTheCrashIsRecordedAsProcessedByTheItemThatStoredIt() {
        byte[] plan = plan("Healed Child");
        long jobId = jobs.create(ImportJobs.SOURCE_UPLOAD, ADMIN, null, null, List.of(stage("healed.txt", plan)));
        // The worker ingested the file, then the process died before the outcome was written.
        StoredPlan storedBeforeCrash = ingest.ingest(plan, "healed.txt", ADMIN, null, null);

        workers.submit(jobId);

        ImportItemView item = awaitCompleted(jobId).items().getFirst();
        assertThat(item.status()).isEqualTo(ItemStatus.PROCESSED);
        assertThat(item.planId()).isEqualTo(storedBeforeCrash.plan().id());
    }

    @Test
    void bytesStoredBeforeTheImportAreADuplicate() {
        byte[] plan = plan("Known Child");
        StoredPlan earlier = ingest.ingest(plan, "known.txt", ADMIN, null, null);
        sleep(Duration.ofMillis(20)); // staged strictly after the plan was stored, at millisecond precision
        long jobId = jobs.create(ImportJobs.SOURCE_UPLOAD, ADMIN, null, null, List.of(stage("known-again.txt", plan)));

        workers.submit(jobId);

        ImportItemView item = awaitCompleted(jobId).items().getFirst();
        assertThat(item.status()).isEqualTo(ItemStatus.DUPLICATE);
        assertThat(item.planId()).isEqualTo(earlier.plan().id());
    }

    @Test
    void unrecordedStagedFilesAreTidiedAtStartAndInboxFilesGoBackToTheInbox() throws Exception {
        Path stagingFolder = dataDirectory.resolve("import/staging");
        byte[] plan = plan("Orphan Child");
        String orphanName = "orphan-" + UUID.randomUUID() + ".txt";
        // Taken from the inbox, then the process died before the job was written.
        Files.write(stagingFolder.resolve(StagingArea.FOLDER_PREFIX + UUID.randomUUID() + "-" + orphanName), plan);
        // Staged from an upload whose job was never written: its client never got a 202.
        Path upload = stagingFolder.resolve(StagingArea.UPLOAD_PREFIX + UUID.randomUUID());
        Files.write(upload, plan);

        recovery.onStartup(null);

        assertThat(upload).doesNotExist();
        Path processed = dataDirectory.resolve("import/processed").resolve(orphanName);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(processed)) {
            assertThat(System.nanoTime()).as("the returned file is imported within %s", PATIENCE).isLessThan(deadline);
            sleep(Duration.ofMillis(200));
        }
        assertThat(Files.readAllBytes(processed)).isEqualTo(plan);
    }

    private StagedFile stage(String name, byte[] content) {
        return staging.stage(name, new ByteArrayInputStream(content), content.length);
    }

    private ImportJobView awaitCompleted(long jobId) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            ImportJobView job = jobs.find(jobId).orElseThrow();
            if (ImportJobView.COMPLETED.equals(job.status())) {
                return job;
            }
            assertThat(System.nanoTime()).as("import completes within %s", PATIENCE).isLessThan(deadline);
            sleep(Duration.ofMillis(100));
        }
    }

    private static byte[] plan(String name) {
        String unique = UUID.randomUUID().toString();
        return SamplePlans.text(name + " " + unique.substring(0, 8), "09/10/2013", "11/12/2025", unique);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
