package org.ehcpqa.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import org.ehcpqa.web.Problem;
import org.ehcpqa.web.ProblemResponses;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Refuses state-changing requests a browser could have been tricked into sending: every POST, PUT,
 * PATCH or DELETE that rides on the session cookie (or signs in) must carry the CSRF token, in the
 * {@code csrf} form field or the X-CSRF-Token header. API clients that send their own Authorization
 * header are not affected: a browser never adds one to a forged request.
 *
 * <p>Checked here rather than in each controller so that no form can be added without protection.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN,
        methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
class CsrfFilter implements Ordered {

    static final String SIGN_IN_PATH = "/sign-in";
    private static final long BODY_TIMEOUT_SECONDS = 120;

    private final CsrfTokens tokens;

    CsrfFilter(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /**
     * Runs on a blocking thread, and only for state-changing methods: a form's token may have to be
     * read from its body, which can arrive after the headers (an asynchronous filter answer that
     * completes late trips the server's legacy filter chain in Micronaut 4.10).
     */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (!needsToken(request)) {
            return null;
        }
        Optional<String> header = request.getHeaders().get(CsrfTokens.HEADER, String.class);
        if (header.isPresent()) {
            return tokens.valid(request, header.get()) ? null : refusal(request);
        }
        Optional<MediaType> type = request.getContentType();
        boolean form = type.filter(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).isPresent();
        boolean multipart = type.filter(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).isPresent();
        if ((!form && !multipart) || !(request instanceof ServerHttpRequest<?> server)) {
            return refusal(request);
        }
        // A copy of the body is read here; the original stays for the controller to bind.
        try (CloseableAvailableByteBody copy = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST)
                .buffer().get(BODY_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            byte[] bytes = copy.toByteArray();
            String submitted = form ? fromForm(bytes) : fromMultipart(bytes, type.get());
            return tokens.valid(request, submitted) ? null : refusal(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return refusal(request);
        } catch (ExecutionException | TimeoutException e) {
            return refusal(request);
        }
    }

    private static boolean needsToken(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        boolean changes = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
        if (!changes) {
            return false;
        }
        boolean ownAuthorization = request.getHeaders().getAuthorization().isPresent();
        return SIGN_IN_PATH.equals(request.getPath()) || (SessionCookies.carriesSession(request) && !ownAuthorization);
    }

    private static MutableHttpResponse<?> refusal(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return ProblemResponses.of(Problem.of("csrf-token-invalid", "Forbidden", 403,
                    "The request did not carry this session's form token. Reload the page and try again."));
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML_TYPE)
                .body(RefusedForm.HTML);
    }

    static String fromForm(byte[] body) {
        String text = new String(body, StandardCharsets.US_ASCII);
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && CsrfTokens.FIELD.equals(pair.substring(0, equals))) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The value of the part named csrf, found by the multipart boundary; null when there is none. */
    static String fromMultipart(byte[] body, MediaType type) {
        String boundary = type.getParameters().get("boundary").orElse(null);
        if (boundary == null) {
            return null;
        }
        // ISO-8859-1 maps bytes to chars one to one, so file contents cannot break the search.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int headersEnd = text.indexOf("\r\n\r\n", at);
            if (headersEnd < 0) {
                return null;
            }
            String headers = text.substring(at, headersEnd);
            int next = text.indexOf("\r\n" + delimiter, headersEnd);
            if (next < 0) {
                return null;
            }
            if (headers.contains("name=\"" + CsrfTokens.FIELD + "\"") && !headers.contains("filename=")) {
                return text.substring(headersEnd + 4, next);
            }
            at = next + 2;
        }
        return null;
    }
}
