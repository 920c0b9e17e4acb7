package org.ehcpqa.imports;

import io.micronaut.http.multipart.CompletedPart;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The parts of a multipart request, one at a time, for a blocking worker thread. The next part is
 * requested only after the caller has staged the previous one, so a large upload never sits in
 * memory whole, and the event loop never waits for the disk.
 */
final class MultipartParts implements Subscriber<CompletedPart> {

    private static final long PART_TIMEOUT_MINUTES = 10;

    private final CompletableFuture<Subscription> subscription = new CompletableFuture<>();
    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private static final Object END = new Object();

    static MultipartParts of(Publisher<CompletedPart> body) {
        MultipartParts parts = new MultipartParts();
        body.subscribe(parts);
        return parts;
    }

    /** The next part, or null when the request has no more. */
    CompletedPart next() {
        try {
            subscription.get(PART_TIMEOUT_MINUTES, TimeUnit.MINUTES).request(1);
            Object item = arrived.poll(PART_TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (item == null) {
                throw new IllegalStateException("The upload stalled");
            }
            if (item == END) {
                return null;
            }
            if (item instanceof Throwable error) {
                throw new IllegalStateException("The upload could not be read", error);
            }
            return (CompletedPart) item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading an upload", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The upload could not be read", e);
        }
    }

    /** Stops the rest of the request being read, when the import was refused part-way. */
    void cancel() {
        subscription.thenAccept(Subscription::cancel);
    }

    @Override
    public void onSubscribe(Subscription s) {
        subscription.complete(s);
    }

    @Override
    public void onNext(CompletedPart part) {
        arrived.add(part);
    }

    @Override
    public void onError(Throwable error) {
        arrived.add(error);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }
}
