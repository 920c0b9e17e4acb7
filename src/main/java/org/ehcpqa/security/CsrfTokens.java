package org.ehcpqa.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.ehcpqa.system.DataDirectory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Cross-site request forgery tokens, by the signed double-submit pattern: each browser session has
 * a random value in an HttpOnly, SameSite=Strict cookie, and every form carries an HMAC of it under
 * a key kept in the data directory (so forms opened before a restart still post after it). A forged request has neither the cookie (SameSite) nor a
 * way to compute the form value (the key). The value is replaced at sign-in and sign-out, so a
 * token seen before signing in is worthless after.
 */
@Singleton
public class CsrfTokens {

    public static final String COOKIE = "ehcpqa-csrf";
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    static final String ISSUED_ATTRIBUTE = "ehcpqa.csrf.issued";

    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    @Inject
    CsrfTokens(DataDirectory data) {
        this(HexFormat.of().parseHex(StoredSecret.readOrCreate(data.resolve("secrets"), "csrf-signing.key")));
    }

    CsrfTokens(byte[] key) {
        this.key = key.clone();
    }

    /** A fresh session value, to be set as the cookie. */
    public String newSessionValue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Cookie cookie(String sessionValue, HttpRequest<?> request) {
        return Cookie.of(COOKIE, sessionValue).path("/").httpOnly(true).sameSite(SameSite.Strict)
                .secure(SessionCookies.isHttps(request));
    }

    /**
     * The session value of this request: its cookie, or the value {@link CsrfFilter} chose for a
     * browser that has none yet (set on the response that carries the first form).
     */
    public static Optional<String> sessionValue(HttpRequest<?> request) {
        Optional<String> issued = request.getAttribute(ISSUED_ATTRIBUTE, String.class);
        if (issued.isPresent()) {
            return issued;
        }
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    /** The token a form on this request's page must carry. */
    public Optional<String> formToken(HttpRequest<?> request) {
        return sessionValue(request).map(this::formToken);
    }

    /** What forms carry for this session value. */
    public String formToken(String sessionValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(sessionValue.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** True when the submitted token was made for the request's session cookie. */
    public boolean valid(HttpRequest<?> request, String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return false;
        }
        return sessionValue(request)
                .map(value -> MessageDigest.isEqual(formToken(value).getBytes(StandardCharsets.US_ASCII),
                        submitted.strip().getBytes(StandardCharsets.US_ASCII)))
                .orElse(false);
    }
}
