package org.ehcpqa.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.concurrent.RejectedExecutionException;

/** Every file reader is busy for longer than a parse may take: ask the client to come back. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Requires(classes = {RejectedExecutionException.class, ExceptionHandler.class})
class BusyHandler implements ExceptionHandler<RejectedExecutionException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RejectedExecutionException exception) {
        return ProblemResponses.of(Problem.of("busy", "Busy", 503,
                "The service is reading many files at the moment. Try again in a minute."));
    }
}
