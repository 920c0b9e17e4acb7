package org.ehcpqa.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.OriginalUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An original that is missing or no longer matches its digest is never served: the operator must
 * restore it from backup, so it is logged loudly.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Requires(classes = {OriginalUnavailableException.class, ExceptionHandler.class})
class OriginalUnavailableHandler implements ExceptionHandler<OriginalUnavailableException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(OriginalUnavailableHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, OriginalUnavailableException exception) {
        LOG.error(exception.getMessage());
        return ProblemResponses.of(Problem.of("original-unavailable", "Original unavailable", 500,
                "The original file cannot be served because it failed its integrity check."
                        + " Your administrator has been alerted in the service log."));
    }
}
