package org.ehcpqa.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Reads the pages' JWT from the session cookie. Micronaut's own cookie reader only exists in the
 * cookie authentication mode, which would also turn POST /api/login into a cookie-setting redirect;
 * the API keeps bearer mode and this reader adds the cookie beside it. A request with an
 * Authorization header is read from that header first (the bearer reader comes earlier).
 */
@Singleton
class SessionCookieTokenReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(SessionCookies.NAME).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    @Override
    public int getOrder() {
        return 100;
    }
}
