package org.ehcpqa.security;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Hands a browser its CSRF cookie with the first page that may hold a form. */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN, methods = HttpMethod.GET)
class CsrfCookieFilter {

    private final CsrfTokens tokens;

    CsrfCookieFilter(CsrfTokens tokens) {
        this.tokens = tokens;
    }

    @RequestFilter
    void choose(HttpRequest<?> request) {
        if (CsrfTokens.sessionValue(request).isEmpty() && isPage(request.getPath())) {
            request.setAttribute(CsrfTokens.ISSUED_ATTRIBUTE, tokens.newSessionValue());
        }
    }

    @ResponseFilter
    void issue(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(CsrfTokens.ISSUED_ATTRIBUTE, String.class)
                .ifPresent(value -> response.cookie(tokens.cookie(value, request)));
    }

    private static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/assets/") && !path.startsWith("/swagger")
                && !path.startsWith("/health");
    }
}
