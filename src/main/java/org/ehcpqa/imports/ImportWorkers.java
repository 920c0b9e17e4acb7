package org.ehcpqa.imports;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small pool of its own for import work, so a large import never takes the HTTP or scheduler
 * threads. A job is worked by one thread at a time, file by file in upload order; its queue entry is
 * just the job id, because the files themselves wait safely in the database and on disk.
 */
@Singleton
class ImportWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(ImportWorkers.class);

    private final ImportJobRepository jobs;
    private final ImportItemRepository items;
    private final ItemProcessor processor;
    private final ExecutorService pool;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    ImportWorkers(ImportJobRepository jobs, ImportItemRepository items, ItemProcessor processor,
                  ImportSettings settings) {
        this.jobs = jobs;
        this.items = items;
        this.processor = processor;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.workers(), task -> {
            Thread thread = new Thread(task, "ehcpqa-import-" + count.incrementAndGet());
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
            for (ImportItemRow item : items.findByJobIdAndStatusOrderByPosition(jobId, ItemStatus.PENDING.name())) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                processor.process(job, item);
            }
        } catch (RuntimeException e) {
            // The file stays PENDING with its bytes staged; the periodic resume tries again. Only the
            // exception type is logged: parser messages can quote document text.
            LOG.warn("Import job {} stopped on {}; it will be resumed", jobId, e.getClass().getName());
        } finally {
            queued.remove(jobId);
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
