package org.ehcpqa.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.ehcpqa.ingest.IngestRefusedException;
import org.ehcpqa.ingest.RefusalReason;

/** A refused file: the stable type names the reason; the detail says what to do about it. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Requires(classes = {IngestRefusedException.class, ExceptionHandler.class})
class IngestRefusedHandler implements ExceptionHandler<IngestRefusedException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, IngestRefusedException exception) {
        RefusalReason reason = exception.reason();
        return ProblemResponses.of(Problem.of(reason.slug(), "The file was not accepted",
                reason.httpStatus(), exception.getMessage()));
    }
}
