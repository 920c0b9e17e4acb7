package org.ehcpqa.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers that limit what a page can do if something untrusted ever reaches it: scripts, styles
 * and connections only from this service (no inline script, so an injected {@code <script>} does
 * not run even if escaping failed), no framing, no content sniffing, no referrer to other sites.
 *
 * <p>Swagger UI, a third-party page with inline script, keeps its own behaviour; it is behind
 * sign-in and shows no plan data.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        response.header("X-Frame-Options", "DENY");
        if (!request.getPath().startsWith("/swagger-ui")) {
            response.header("Content-Security-Policy", POLICY);
        }
        if (!request.getPath().startsWith("/assets/")) {
            // Pages hold children's personal data: never keep them in shared caches or the back-forward cache on disk.
            response.header("Cache-Control", "no-store");
        }
    }
}
