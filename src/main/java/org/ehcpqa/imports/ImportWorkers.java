package org.ehcpqa.imports;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small pool of its own for import work, so a large import never takes the HTTP or scheduler
 * threads. A job is worked by one thread at a time; its queue entry is just the job id, because the
 * files themselves wait safely in the database and on disk.
 *
 * <p>That thread hands the job's files, in upload order, to a second pool of
 * {@code ehcpqa.import.parallel-files} threads (0, the default, means the number of cores plus two).
 * Reading a PDF is CPU work that the extraction pool already caps at one thread per core; writing the
 * original and committing the plan mostly waits for the disk, so a few more files in flight than cores
 * keep the cores busy during those waits. Files with the same bytes go to the same thread one after
 * the other, so the first is PROCESSED and the rest DUPLICATE, as when the job ran file by file.
 */
@Singleton
class ImportWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorkers.class);

    private final ImportJobRepository jobs;
    private final ImportItemRepository items;
    private final ItemProcessor processor;
    private final ExecutorService pool;
    private final ExecutorService files;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    ImportWorkers(ImportJobRepository jobs, ImportItemRepository items, ItemProcessor processor,
                  ImportSettings settings, @Value("${ehcpqa.import.parallel-files:0}") int parallelFiles) {
        this.jobs = jobs;
        this.items = items;
        this.processor = processor;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.workers(), task -> {
            Thread thread = new Thread(task, "ehcpqa-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        int fileThreads = parallelFiles > 0 ? parallelFiles : Runtime.getRuntime().availableProcessors() + 2;
        AtomicInteger fileCount = new AtomicInteger();
        this.files = Executors.newFixedThreadPool(fileThreads, task -> {
            Thread thread = new Thread(task, "ehcpqa-import-file-" + fileCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues the job unless it is queued or running already. */
    void submit(long jobId) {
        if (!queued.add(jobId)) {
            return;
        }
        try {
            pool.execute(() -> run(jobId));
        } catch (RejectedExecutionException shuttingDown) {
            queued.remove(jobId); // the next start resumes it
        }
    }

    /** Queues every job that still has files without an outcome. */
    void submitPending() {
        List<Long> pending = items.jobsWithPendingItems();
        pending.forEach(this::submit);
    }

    private void run(long jobId) {
        try {
            ImportJobRow job = jobs.findById(jobId).orElseThrow();
            List<Future<?>> running = new ArrayList<>();
            for (List<ImportItemRow> sameBytes : bySha256(
                    items.findByJobIdAndStatusOrderByPosition(jobId, ItemStatus.PENDING.name()))) {
                running.add(files.submit(() -> processInOrder(job, sameBytes)));
            }
            for (Future<?> file : running) {
                file.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException e) {
            // A file stays PENDING with its bytes staged; the periodic resume tries again. Only the
            // exception type is logged: parser messages can quote document text.
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.warn("Import job {} stopped on {}; it will be resumed", jobId, cause.getClass().getName());
        } finally {
            queued.remove(jobId);
        }
    }

    private void processInOrder(ImportJobRow job, List<ImportItemRow> sameBytes) {
        for (ImportItemRow item : sameBytes) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            processor.process(job, item);
        }
    }

    /** The files grouped by their bytes, groups and files within them in upload order. */
    private static List<List<ImportItemRow>> bySha256(List<ImportItemRow> pending) {
        Map<String, List<ImportItemRow>> groups = new LinkedHashMap<>();
        for (ImportItemRow item : pending) {
            groups.computeIfAbsent(item.sha256(), k -> new ArrayList<>()).add(item);
        }
        return new ArrayList<>(groups.values());
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
        files.shutdownNow();
    }
}
