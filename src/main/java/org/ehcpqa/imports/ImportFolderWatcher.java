package org.ehcpqa.imports;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.ehcpqa.system.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Watches {@code <data dir>/import/inbox}. Polling rather than a WatchService, because network
 * shares (where councils drop files) often send no events. A file is taken only when its size and
 * modification time are the same at two polls in a row and its name is not a temporary one, so a
 * copy still in progress is left alone. Each poll's files become one import job ("FOLDER").
 */
@Singleton
@Requires(beans = DataSource.class)
@Requires(property = "ehcpqa.import.folder-enabled", notEquals = "false")
class ImportFolderWatcher {

    static final String FOLDER_USER = "import-folder";
    private static final Logger LOG = LoggerFactory.getLogger(ImportFolderWatcher.class);
    private static final List<String> TEMPORARY_ENDINGS =
            List.of(".part", ".partial", ".tmp", ".temp", ".crdownload", ".download", ".filepart", ".swp", "~");

    private final Path inbox;
    private final StagingArea staging;
    private final ImportJobs jobs;
    private final ImportWorkers workers;
    private final ImportRecovery recovery;
    private final ImportSettings settings;
    /** Only the scheduler's single fixed-delay run touches this, so it needs no locking. */
    private final Map<Path, String> lastSeen = new HashMap<>();

    ImportFolderWatcher(DataDirectory data, StagingArea staging, ImportJobs jobs, ImportWorkers workers,
                        ImportRecovery recovery, ImportSettings settings) {
        this.inbox = data.resolve("import/inbox");
        this.staging = staging;
        this.jobs = jobs;
        this.workers = workers;
        this.recovery = recovery;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${ehcpqa.import.folder-poll-interval:3s}",
            initialDelay = "${ehcpqa.import.folder-poll-interval:3s}")
    void poll() {
        if (!recovery.ready()) {
            return;
        }
        List<Path> ready = stableFiles();
        if (ready.isEmpty()) {
            return;
        }
        List<StagedFile> staged = new ArrayList<>();
        for (Path file : ready) {
            try {
                staged.add(staging.adopt(file));
            } catch (IOException e) {
                LOG.warn("Could not take {} from the import inbox: {}", file.getFileName(), e.getClass().getName());
            }
        }
        if (!staged.isEmpty()) {
            // Should this fail, the staged files are unrecorded and go back to the inbox at the next start.
            long jobId = jobs.create(ImportJobs.SOURCE_FOLDER, FOLDER_USER, null, null, staged);
            LOG.info("Import job {} took {} file(s) from the import inbox", jobId, staged.size());
            workers.submit(jobId);
        }
    }

    private List<Path> stableFiles() {
        Map<Path, String> now = new HashMap<>();
        List<Path> stable = new ArrayList<>();
        try (Stream<Path> files = Files.list(inbox)) {
            for (Path file : files.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile() || isTemporary(file.getFileName().toString())) {
                    continue;
                }
                String state = attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
                now.put(file, state);
                if (state.equals(lastSeen.get(file)) && stable.size() < settings.maxFiles()) {
                    stable.add(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not list the import inbox {}: {}", inbox, e.getClass().getName());
        }
        lastSeen.clear();
        lastSeen.putAll(now);
        stable.forEach(lastSeen::remove);
        return stable;
    }

    static boolean isTemporary(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || ZipBatchReader.isClutter(name)
                || TEMPORARY_ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
