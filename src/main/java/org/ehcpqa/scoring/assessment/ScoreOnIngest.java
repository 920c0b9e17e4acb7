package org.ehcpqa.scoring.assessment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanVersionStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scores each new plan version with every active framework once it is committed. The plan is already
 * stored when this runs, so a scoring failure must not reach the uploader as an error: it is logged
 * (ids and exception class only, never text) and the assessment is made later, on the first request
 * for it or by a re-scoring job. A council may turn it off ({@code ehcpqa.assessment.score-on-ingest:
 * false}) and re-score once an import is done.
 *
 * <p>A single upload is scored before the uploader gets the answer, so its assessment is there when
 * they look. A version stored by a bulk import is queued instead and scored on a small pool of its own
 * ({@code ehcpqa.assessment.bulk-scoring-threads}; by default one fewer than the cores, at least one, so
 * a core stays free for the people using the pages while a backlog drains) once the import has paused for
 * {@code ehcpqa.assessment.bulk-scoring-pause} (1 s): an import stores at the speed of extraction and
 * scoring follows, rather than the two halving each other's share of the cores. The queue holds ids
 * only and lives in memory; it survives nothing, and needs not to, because it is derived again from
 * the database: at start-up, and whenever the queue had to drop entries, every PROCESSED version
 * without any assessment is queued.
 */
@Singleton
@Requires(beans = DataSource.class)
class ScoreOnIngest {

    private static final Logger LOG = LoggerFactory.getLogger(ScoreOnIngest.class);
    /** Ids only (a few dozen bytes each); beyond this the backlog is found again in the database. */
    private static final int QUEUE_CAPACITY = 100_000;
    private static final String UNSCORED = "SELECT v.plan_id, v.id FROM plan_version v WHERE v.status = 'PROCESSED'"
            + " AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.version_id = v.id) ORDER BY v.id";

    private final PlanService plans;
    private final Assessments assessments;
    private final TransactionOperations<Connection> transactions;
    private final boolean enabled;
    private final long pauseNanos;
    private final ThreadPoolExecutor background;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean dropped = new AtomicBoolean();
    private final AtomicLong lastBulkStore = new AtomicLong(System.nanoTime());
    private final AtomicLong scoredInBackground = new AtomicLong();

    ScoreOnIngest(PlanService plans, Assessments assessments, TransactionOperations<Connection> transactions,
                  @Value("${ehcpqa.assessment.score-on-ingest:true}") boolean enabled,
                  @Value("${ehcpqa.assessment.bulk-scoring-threads:0}") int threads,
                  @Value("${ehcpqa.assessment.bulk-scoring-pause:1s}") Duration pause) {
        this.plans = plans;
        this.assessments = assessments;
        this.transactions = transactions;
        this.enabled = enabled;
        this.pauseNanos = pause.toNanos();
        AtomicInteger count = new AtomicInteger();
        int size = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        this.background = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(QUEUE_CAPACITY), task -> {
                    Thread thread = new Thread(task, "ehcpqa-score-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @EventListener
    void onStored(PlanVersionStored event) {
        if (!enabled) {
            return;
        }
        if (event.bulk()) {
            lastBulkStore.set(System.nanoTime());
            queue(event.planId(), event.versionId());
        } else {
            score(event.planId(), event.versionId());
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (enabled) {
            submit(this::queueUnscored);
        }
    }

    /** Versions waiting to be scored in the background (for the benchmark and for operators). */
    int backlog() {
        return queued.size();
    }

    /** Versions scored in the background since start. */
    long scoredInBackground() {
        return scoredInBackground.get();
    }

    private void queue(long planId, long versionId) {
        if (!queued.add(versionId)) {
            return;
        }
        submit(() -> {
            try {
                if (!waitForImportPause()) {
                    return;
                }
                score(planId, versionId);
                scoredInBackground.incrementAndGet();
            } finally {
                queued.remove(versionId);
            }
            if (background.getQueue().isEmpty() && dropped.compareAndSet(true, false)) {
                queueUnscored();
            }
        }, versionId);
    }

    private void submit(Runnable task) {
        submit(task, null);
    }

    private void submit(Runnable task, Long versionId) {
        try {
            background.execute(task);
        } catch (RejectedExecutionException full) {
            // Full or shutting down: the database still knows the version is unscored.
            if (versionId != null) {
                queued.remove(versionId);
            }
            dropped.set(true);
        }
    }

    /** Every stored version with text and no assessment yet: the queue, derived again. */
    private void queueUnscored() {
        List<long[]> unscored;
        try {
            unscored = unscored();
        } catch (RuntimeException e) {
            LOG.warn("Looking for unscored plan versions failed ({}); they will be looked for at the next start.",
                    e.getClass().getName());
            return;
        }
        if (!unscored.isEmpty()) {
            LOG.info("{} plan versions have no assessment yet; scoring them in the background.", unscored.size());
        }
        unscored.forEach(ids -> queue(ids[0], ids[1]));
    }

    List<long[]> unscored() {
        return transactions.executeRead(status -> {
            List<long[]> ids = new ArrayList<>();
            try (PreparedStatement statement = status.getConnection().prepareStatement(UNSCORED);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
            return ids;
        });
    }

    /** Lets a running bulk import have the cores: scoring starts once no file was stored for a moment. */
    private boolean waitForImportPause() {
        try {
            long quiet;
            while ((quiet = System.nanoTime() - lastBulkStore.get()) < pauseNanos) {
                TimeUnit.NANOSECONDS.sleep(Math.max(TimeUnit.MILLISECONDS.toNanos(10), pauseNanos - quiet));
            }
            return !Thread.currentThread().isInterrupted();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false; // shutting down: the next start finds the version unscored
        }
    }

    private void score(long planId, long versionId) {
        try {
            plans.findVersion(planId, versionId).ifPresent(assessments::scoreAndStore);
        } catch (RuntimeException e) {
            LOG.warn("Scoring plan {} version {} failed ({}); it will be scored on request or by re-scoring.",
                    planId, versionId, e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
