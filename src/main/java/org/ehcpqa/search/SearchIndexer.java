package org.ehcpqa.search;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanAssigned;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanVersionStored;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.scoring.assessment.AssessmentStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the index in step with the database: a plan is queued when a version is stored and again
 * when an assessment of it is stored, and one background thread re-indexes queued plans from the
 * database. Queued ids are coalesced, so a plan stored and scored with two frameworks before the
 * thread comes round is indexed once, with its ratings; uploads never wait for the index.
 *
 * <p>A version stored by a bulk import, when scoring on ingest is on, is not indexed on storing: the
 * background scorer scores it once the import pauses, and that assessment queues it, so it is
 * anonymised and indexed once, with its ratings, and the import keeps the cores meanwhile (indexing
 * every stored plan during the import took a third of the service's CPU). It also waits in the
 * backlog, which is only taken up when no plan has been stored or scored for a while, so a plan
 * whose scoring fails is still indexed.
 */
@Singleton
public class SearchIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int BATCH = 200;
    // Repair work goes in small batches so a plan stored meanwhile waits for one batch, not the backlog.
    private static final int BACKLOG_BATCH = 20;
    // A stored plan is followed within milliseconds by one assessment per framework, each queuing the
    // plan again: waiting this long before taking a batch indexes the plan once, with its ratings,
    // instead of anonymising and indexing it once per event.
    private static final long SETTLE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    // The backlog waits this long after the last store or assessment, i.e. until an import and its scoring are done.
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final SectionIndex index;
    private final PlanService plans;
    private final IndexablePlans indexable;
    private final Set<Long> queue = new LinkedHashSet<>();
    private final Set<Long> backlog = new LinkedHashSet<>();
    private final Thread worker;
    private final boolean scoringFollowsBulkStores;
    private int inFlight;
    private long lastEvent = System.nanoTime() - QUIET_NANOS;
    private volatile boolean stopping;

    SearchIndexer(SectionIndex index, PlanService plans, IndexablePlans indexable,
                  @Value("${ehcpqa.assessment.score-on-ingest:true}") boolean scoringFollowsBulkStores) {
        this.index = index;
        this.plans = plans;
        this.indexable = indexable;
        this.scoringFollowsBulkStores = scoringFollowsBulkStores;
        this.worker = new Thread(this::work, "search-indexer");
        worker.setDaemon(true);
        worker.start();
    }

    @EventListener
    void onPlanStored(PlanVersionStored event) {
        if (event.bulk() && scoringFollowsBulkStores) {
            synchronized (this) {
                lastEvent = System.nanoTime();
                reindexLater(event.planId());
            }
        } else {
            reindex(event.planId());
        }
    }

    @EventListener
    void onPlanAssigned(PlanAssigned event) {
        reindex(event.planId());
    }

    @EventListener
    void onAssessmentStored(AssessmentStored event) {
        synchronized (this) {
            lastEvent = System.nanoTime();
            reindex(event.planId());
        }
    }

    /** Queues a plan for re-indexing from the database (audits call this when a rating is confirmed). */
    public synchronized void reindex(long planId) {
        queue.add(planId);
        notifyAll();
    }

    /**
     * Queues a plan behind every plan stored or scored meanwhile: the start-up repair may queue
     * thousands, and a plan a QA officer has just uploaded should not wait for them.
     */
    public synchronized void reindexLater(long planId) {
        if (!queue.contains(planId)) {
            backlog.add(planId);
            notifyAll();
        }
    }

    /** Waits until every queued plan is indexed and visible; false when the time ran out. */
    public synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!queue.isEmpty() || !backlog.isEmpty() || inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** Indexes one plan now, on the caller's thread, without committing (rebuilds commit in batches). */
    void indexNow(long planId) {
        Optional<PlanView> plan = plans.find(planId);
        if (plan.isPresent()) {
            index.replace(indexable.of(plan.get()));
        } else {
            index.delete(planId);
        }
    }

    private void work() {
        while (!stopping) {
            Set<Long> batch = new LinkedHashSet<>();
            synchronized (this) {
                while (queue.isEmpty() && !stopping && (backlog.isEmpty() || untilQuiet() > 0)) {
                    try {
                        if (backlog.isEmpty()) {
                            wait();
                        } else {
                            TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, untilQuiet()));
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (stopping) {
                    return;
                }
                boolean live = !queue.isEmpty();
                if (live && !settle()) {
                    return;
                }
                var it = live ? queue.iterator() : backlog.iterator();
                int limit = live ? BATCH : BACKLOG_BATCH;
                while (it.hasNext() && batch.size() < limit) {
                    batch.add(it.next());
                    it.remove();
                }
                backlog.removeAll(batch);
                inFlight = batch.size();
            }
            try {
                for (long planId : batch) {
                    try {
                        indexNow(planId);
                    } catch (RuntimeException e) {
                        // Only ids and the exception class: messages of text code may quote the plan.
                        LOG.warn("Indexing plan {} failed ({}); the start-up check or a rebuild will repair it.",
                                planId, e.getClass().getName());
                    }
                }
                index.commitAndRefresh();
            } catch (RuntimeException e) {
                LOG.warn("Committing the search index failed ({}).", e.getClass().getName());
            } finally {
                synchronized (this) {
                    inFlight = 0;
                    notifyAll();
                }
            }
        }
    }

    /** How long the backlog must still wait for stores and assessments to stop; caller holds the lock. */
    private long untilQuiet() {
        return Math.max(0, QUIET_NANOS - (System.nanoTime() - lastEvent));
    }

    /** Lets the events that follow a stored plan reach the queue; false when the indexer is stopping. */
    private boolean settle() {
        long until = System.nanoTime() + SETTLE_NANOS;
        try {
            for (long left = SETTLE_NANOS; left > 0 && !stopping; left = until - System.nanoTime()) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return !stopping;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        synchronized (this) {
            stopping = true;
            notifyAll();
        }
        worker.join(10_000);
    }
}
