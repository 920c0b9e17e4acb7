package org.ehcpqa.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Every error the framework answers itself (unknown route, wrong method, bad JSON, validation,
 * unexpected exceptions) becomes a problem+json. Unexpected failures get a reference the operator
 * can find in the log, and nothing else: exception messages may hold plan text.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemJsonErrorBody implements JsonErrorResponseBodyProvider<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemJsonErrorBody.class);

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        String path = context.getRequest().getPath();
        if (status >= 500) {
            String reference = UUID.randomUUID().toString();
            context.getRootCause().ifPresent(cause ->
                    LOG.error("Unexpected failure {} on {} {}: {}", reference, context.getRequest().getMethod(),
                            path, cause.getClass().getName()));
            return new Problem(Problem.typeFor("internal-error"), "Something went wrong", status,
                    "The service could not complete this request. Quote reference " + reference
                            + " to your administrator.", path, List.of());
        }
        List<String> errors = context.getErrors().stream().map(Error::getMessage).toList();
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        String detail = errors.isEmpty() ? defaultDetail(httpStatus) : String.join(" ", errors);
        return new Problem(Problem.typeFor(slug(httpStatus)), httpStatus.getReason(), status, detail, path,
                errors.size() > 1 ? errors : List.of());
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }

    private static String slug(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "invalid-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case REQUEST_ENTITY_TOO_LARGE -> "too-large";
            default -> status.getReason().toLowerCase(Locale.ROOT).replace(' ', '-');
        };
    }

    private static String defaultDetail(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "Sign in to use this service.";
            case FORBIDDEN -> "Your role does not allow this.";
            case NOT_FOUND -> "There is nothing at this address.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request is larger than the service accepts.";
            default -> status.getReason() + ".";
        };
    }
}
