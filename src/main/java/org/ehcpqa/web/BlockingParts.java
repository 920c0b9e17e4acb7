package org.ehcpqa.web;

import io.micronaut.http.multipart.CompletedPart;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Every part of a multipart form, gathered on a blocking thread (the page form holds a few plans). */
final class BlockingParts {

    private static final long TIMEOUT_MINUTES = 10;

    private BlockingParts() {
    }

    static List<CompletedPart> all(Publisher<CompletedPart> body) {
        CompletableFuture<List<CompletedPart>> done = new CompletableFuture<>();
        List<CompletedPart> parts = new ArrayList<>();
        body.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(CompletedPart part) {
                parts.add(part);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                done.complete(parts);
            }
        });
        try {
            return done.get(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading an upload", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The upload could not be read", e);
        }
    }
}
