package org.ehcpqa.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import org.ehcpqa.web.Problem;
import org.ehcpqa.web.ProblemResponses;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses state-changing requests a browser could have been tricked into sending: every POST, PUT,
 * PATCH or DELETE that rides on the session cookie (or signs in) must carry the CSRF token, in the
 * {@code csrf} form field or the X-CSRF-Token header. API clients that send their own Authorization
 * header are not affected: a browser never adds one to a forged request.
 *
 * <p>Checked here rather than in each controller so that no form can be added without protection.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements Ordered {

    static final String SIGN_IN_PATH = "/sign-in";

    private final CsrfTokens tokens;

    CsrfFilter(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        if (!needsToken(request)) {
            if (request.getMethod() == HttpMethod.GET && CsrfTokens.sessionValue(request).isEmpty()
                    && isPage(request.getPath())) {
                request.setAttribute(CsrfTokens.ISSUED_ATTRIBUTE, tokens.newSessionValue());
            }
            return CompletableFuture.completedFuture(null);
        }
        Optional<String> header = request.getHeaders().get(CsrfTokens.HEADER, String.class);
        if (header.isPresent()) {
            return CompletableFuture.completedFuture(tokens.valid(request, header.get()) ? null : refusal(request));
        }
        Optional<MediaType> type = request.getContentType();
        boolean form = type.filter(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).isPresent();
        boolean multipart = type.filter(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).isPresent();
        if ((!form && !multipart) || !(request instanceof ServerHttpRequest<?> server)) {
            return CompletableFuture.completedFuture(refusal(request));
        }
        // A copy of the body is read here; the original stays for the controller to bind.
        return server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer()
                .thenApply(body -> {
                    try (CloseableAvailableByteBody copy = body) {
                        String submitted = form ? fromForm(copy.toByteArray())
                                : fromMultipart(copy.toByteArray(), type.get());
                        return tokens.valid(request, submitted) ? null : refusal(request);
                    }
                });
    }

    /** Hands a browser its CSRF cookie with the first page that may hold a form. */
    @ResponseFilter
    void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(CsrfTokens.ISSUED_ATTRIBUTE, String.class)
                .ifPresent(value -> response.cookie(tokens.cookie(value, request)));
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

    private static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/assets/") && !path.startsWith("/swagger")
                && !path.startsWith("/health");
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
