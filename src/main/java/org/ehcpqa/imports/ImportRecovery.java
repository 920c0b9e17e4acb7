package org.ehcpqa.imports;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.ehcpqa.system.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Resumes imports that a crash or a stop interrupted. At start, before the inbox is watched, the
 * staging folder is tidied: bytes whose outcome is already committed are deleted (the crash came
 * between commit and delete), a file moved in from the inbox but never recorded goes back to the
 * inbox, and an upload never recorded is deleted (its client never got a 202). Then every job with
 * PENDING files is queued again, and again every minute in case a worker stopped on an error.
 */
@Singleton
@Requires(beans = DataSource.class)
class ImportRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRecovery.class);
    private static final int UUID_LENGTH = 36;

    private final StagingArea staging;
    private final ImportItemRepository items;
    private final ImportWorkers workers;
    private final Path inbox;
    private volatile boolean ready;

    ImportRecovery(StagingArea staging, ImportItemRepository items, ImportWorkers workers, DataDirectory data) {
        this.staging = staging;
        this.items = items;
        this.workers = workers;
        this.inbox = data.resolve("import/inbox");
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (Path file : staging.all()) {
            tidy(file);
        }
        ready = true;
        workers.submitPending();
    }

    @Scheduled(fixedDelay = "60s", initialDelay = "60s")
    void resumeStalled() {
        if (ready) {
            workers.submitPending();
        }
    }

    /** True once staging has been tidied, so the inbox watcher cannot race the tidying. */
    boolean ready() {
        return ready;
    }

    private void tidy(Path file) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".part")) {
                Files.deleteIfExists(file);
                return;
            }
            Optional<ImportItemRow> item = items.findByStagedName(name);
            if (item.isPresent()) {
                if (!ItemStatus.PENDING.name().equals(item.get().status())) {
                    staging.delete(name);
                }
            } else if (name.startsWith(StagingArea.FOLDER_PREFIX)
                    && name.length() > StagingArea.FOLDER_PREFIX.length() + UUID_LENGTH + 1) {
                String original = name.substring(StagingArea.FOLDER_PREFIX.length() + UUID_LENGTH + 1);
                Path back = inbox.resolve(original);
                Files.move(file, Files.exists(back) ? inbox.resolve("restored-" + name) : back,
                        StandardCopyOption.ATOMIC_MOVE);
                LOG.info("Returned {} to the import inbox: it was taken but never recorded", original);
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not tidy staged import file {}: {}", name, e.getClass().getName());
        }
    }
}
