package org.ehcpqa.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The browser's signed-in session: the same signed JWT the API hands out, carried in an HttpOnly,
 * SameSite=Strict cookie so page scripts never see it and other sites cannot send it.
 */
@Singleton
public class SessionCookies {

    /** Read back by SessionCookieTokenReader. */
    public static final String NAME = "ehcpqa-session";

    private final UserAccounts accounts;
    private final TokenGenerator tokens;
    private final int lifetimeSeconds;

    SessionCookies(UserAccounts accounts, TokenGenerator tokens,
                   @Value("${micronaut.security.token.jwt.generator.access-token.expiration:28800}") int lifetimeSeconds) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.lifetimeSeconds = lifetimeSeconds;
    }

    /** The session cookie for a user whose password is right; empty when it is not. */
    public Optional<Cookie> signIn(String username, String password, HttpRequest<?> request) {
        if (username == null || password == null || username.isBlank() || password.isEmpty()) {
            return Optional.empty();
        }
        return accounts.authenticate(username.strip(), password)
                .flatMap(account -> tokens.generateToken(Authentication.build(account.username(),
                        account.roles().stream().map(Role::name).toList(),
                        Map.of("name", account.displayName())), lifetimeSeconds))
                .map(token -> cookie(token, request).maxAge(Duration.ofSeconds(lifetimeSeconds)));
    }

    /** A cookie that replaces the session with nothing and expires at once. */
    public Cookie signOut(HttpRequest<?> request) {
        return cookie("", request).maxAge(0);
    }

    public static boolean carriesSession(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(v -> !v.isEmpty()).isPresent();
    }

    static Cookie cookie(String value, HttpRequest<?> request) {
        return Cookie.of(NAME, value).path("/").httpOnly(true).sameSite(SameSite.Strict)
                .secure(isHttps(request));
    }

    /** Secure cookies over HTTPS, including behind a proxy that ends TLS. */
    static boolean isHttps(HttpRequest<?> request) {
        return request.isSecure() || List.of("https").contains(
                request.getHeaders().get("X-Forwarded-Proto", String.class).orElse("").toLowerCase(java.util.Locale.ROOT));
    }
}
