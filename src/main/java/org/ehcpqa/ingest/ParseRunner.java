package org.ehcpqa.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one file's extraction on a bounded pool of worker threads and stops waiting after the parse
 * timeout. The timeout counts from when a worker starts on the file, not from when it was queued, so
 * a busy service does not blame a good file for the queue; a file that waits a whole timeout for a
 * worker gets a {@link RejectedExecutionException} (try again later), not a refusal.
 *
 * <p>Java cannot kill a thread: the worker is interrupted, which the PDF path notices at its next
 * content-stream operator, but a parser stuck in a loop that ignores interrupts keeps its thread. The caller gets its answer on time either way; isolating parsers in
 * another process (Tika's pipes) would be the remedy if that ever shows up in practice.
 */
final class ParseRunner implements AutoCloseable {

    private final Duration timeout;
    private final ExecutorService workers;

    ParseRunner(Duration timeout, int threads) {
        this.timeout = timeout;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "ehcpqa-extract-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    <T> T run(Callable<T> work) {
        CountDownLatch started = new CountDownLatch(1);
        AtomicLong startedAt = new AtomicLong();
        Future<T> future = workers.submit(() -> {
            startedAt.set(System.nanoTime());
            started.countDown();
            return work.call();
        });
        try {
            if (!started.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                // Every worker has been busy for a whole timeout: the service is overloaded (or stuck
                // on files that ignore interrupts). That is not this file's fault, so no refusal.
                future.cancel(true);
                throw new RejectedExecutionException("no document reader became free within " + seconds(timeout));
            }
            long remaining = timeout.toNanos() - (System.nanoTime() - startedAt.get());
            return future.get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IngestRefusedException(RefusalReason.CORRUPT, "This document took longer than "
                    + seconds(timeout) + " to read, so it was not accepted. It may be damaged; ask the "
                    + "sender for a fresh copy, or save it again as a PDF.");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document to be read", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("the document reader was shut down", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof IngestRefusedException refused) {
            return refused;
        }
        if (cause instanceof Error error && !(cause instanceof StackOverflowError)) {
            throw error;
        }
        // Parsers answer malformed input with whatever runtime exception their code happens to hit
        // (NullPointerException, ClassCastException, deep recursion in a crafted file): all mean the
        // file could not be understood.
        return new IngestRefusedException(RefusalReason.CORRUPT, "This document is damaged or malformed, "
                + "so its text cannot be read. Ask the sender for a fresh copy.", cause);
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() >= 1 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
