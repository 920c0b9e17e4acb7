package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import org.ehcpqa.web.ProblemException;

/** The optimistic-lock version as HTTP carries it: an ETag on answers, If-Match (or a body field) on changes. */
final class Versions {

    private Versions() {
    }

    /** The If-Match header wins over the body's field; {@code "7"}, {@code W/"7"} and {@code 7} all mean 7. */
    @Nullable
    static Integer of(@Nullable String ifMatch, @Nullable Integer bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return bodyVersion;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "").trim();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(400, "bad-version", "Bad version", "If-Match must hold the audit version"
                    + " you read, such as \"7\".");
        }
    }

    static <T> MutableHttpResponse<T> withVersion(HttpStatus status, T body, int version) {
        return HttpResponse.<T>status(status).body(body).header("ETag", "\"" + version + "\"");
    }
}
