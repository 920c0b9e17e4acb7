package org.ehcpqa.scoring.assessment;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** The live counters of one job; the worker thread writes them and requests read them. */
final class RescoreJob {

    enum Status { RUNNING, COMPLETED, FAILED }

    private final String id;
    private final Instant startedAt = Instant.now();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile int total;
    private volatile Status status = Status.RUNNING;
    private volatile Instant finishedAt;

    RescoreJob(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    void total(int total) {
        this.total = total;
    }

    void scored() {
        done.incrementAndGet();
    }

    void failed() {
        failed.incrementAndGet();
    }

    void finish(Status status) {
        this.finishedAt = Instant.now();
        this.status = status;
    }

    boolean running() {
        return status == Status.RUNNING;
    }

    RescoreStatus status() {
        return new RescoreStatus(id, status.name(), total, done.get(), failed.get(), startedAt, finishedAt);
    }
}
