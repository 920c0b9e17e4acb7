package org.ehcpqa.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the service says about an error the framework answers itself, whether as problem+json or
 * as a page. Unexpected failures get a reference the operator can find in the log, and nothing
 * else: exception messages may hold plan text or the service's internals.
 */
@Singleton
class ErrorAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    /** One error, described: slug is the stable problem type's last part. */
    record Answer(int status, String slug, String title, String detail, List<String> errors) {
    }

    Answer describe(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        if (status >= 500) {
            String reference = UUID.randomUUID().toString();
            context.getRootCause().ifPresent(cause ->
                    LOG.error("Unexpected failure {} on {} {}: {}", reference, context.getRequest().getMethod(),
                            context.getRequest().getPath(), cause.getClass().getName()));
            return new Answer(status, "internal-error", "Something went wrong",
                    "The service could not complete this request. Quote reference " + reference
                            + " to your administrator.", List.of());
        }
        List<String> errors = context.getErrors().stream().map(Error::getMessage).toList();
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        String detail = errors.isEmpty() ? defaultDetail(httpStatus) : String.join(" ", errors);
        return new Answer(status, slug(httpStatus), httpStatus.getReason(), detail, errors);
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

    static String defaultDetail(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "Sign in to use this service.";
            case FORBIDDEN -> "Your role does not allow this.";
            case NOT_FOUND -> "There is nothing at this address.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request is larger than the service accepts.";
            default -> status.getReason() + ".";
        };
    }
}
