package org.ehcpqa.search;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rebuilds the index from the database on one background thread: every document is deleted, then
 * the current version of every plan is indexed again. Searches see the old index until the first
 * batch is committed and a partial one until the last; the start-up check finishes an interrupted
 * rebuild. One job at a time; the last few stay readable.
 */
@Singleton
public class IndexRebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuilds.class);
    private static final int KEPT_JOBS = 20;
    private static final int COMMIT_EVERY = 2_000;

    private final SectionIndex index;
    private final PlanService plans;
    private final IndexablePlans indexable;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
            return size() > KEPT_JOBS;
        }
    };

    IndexRebuilds(SectionIndex index, PlanService plans, IndexablePlans indexable) {
        this.index = index;
        this.plans = plans;
        this.indexable = indexable;
    }

    /** Starts a rebuild, or refuses with 409 while one runs. */
    public synchronized RebuildStatus start() {
        if (jobs.values().stream().anyMatch(job -> job.finishedAt == null)) {
            throw ProblemException.conflict("rebuild-running", "An index rebuild is already running;"
                    + " wait for it to finish.");
        }
        Job job = new Job(UUID.randomUUID().toString());
        jobs.put(job.id, job);
        worker.execute(() -> run(job));
        return job.status();
    }

    public synchronized Optional<RebuildStatus> find(String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).map(Job::status);
    }

    private void run(Job job) {
        try {
            List<Long> versions = plans.currentVersionIds();
            job.total = versions.size();
            index.deleteAll();
            int sinceCommit = 0;
            for (long versionId : versions) {
                try {
                    Optional<PlanView> plan = plans.findVersion(versionId);
                    if (plan.isPresent()) {
                        // replace, not add: a plan stored during the rebuild may already be in again.
                        index.replace(indexable.of(plan.get()));
                    }
                    job.indexed.incrementAndGet();
                } catch (RuntimeException e) {
                    job.failed.incrementAndGet();
                    LOG.warn("Indexing version {} failed ({}).", versionId, e.getClass().getName());
                }
                if (++sinceCommit >= COMMIT_EVERY) {
                    index.commitAndRefresh();
                    sinceCommit = 0;
                }
            }
            index.commitAndRefresh();
            job.finish("COMPLETED");
            LOG.info("Index rebuild {} finished: {} plans, {} failed.", job.id, job.indexed.get(), job.failed.get());
        } catch (RuntimeException e) {
            job.finish("FAILED");
            LOG.error("Index rebuild {} stopped ({}).", job.id, e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static final class Job {
        final String id;
        final Instant startedAt = Instant.now();
        final AtomicInteger indexed = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile int total;
        volatile String status = "RUNNING";
        volatile Instant finishedAt;

        Job(String id) {
            this.id = id;
        }

        void finish(String status) {
            this.status = status;
            this.finishedAt = Instant.now();
        }

        RebuildStatus status() {
            return new RebuildStatus(id, status, total, indexed.get(), failed.get(), startedAt, finishedAt);
        }
    }
}
