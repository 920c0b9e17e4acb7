package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.security.CsrfTokens;
import org.ehcpqa.security.SessionCookies;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Signing in and out of the pages. The API keeps HTTP Basic and bearer tokens. */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInController {

    private final SessionCookies sessions;
    private final CsrfTokens csrf;

    SignInController(SessionCookies sessions, CsrfTokens csrf) {
        this.sessions = sessions;
        this.csrf = csrf;
    }

    @Get("/sign-in")
    HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String next) {
        if (CurrentUser.of(request).isPresent()) {
            return HttpResponse.seeOther(URI.create(safeNext(next)));
        }
        return HttpResponse.ok(page(next, null, List.of()));
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, Object> form) {
        String username = Forms.text(form, "username");
        String password = Forms.values(form, "password").stream().findFirst().orElse(null);
        String next = Forms.text(form, "next");
        List<FieldError> errors = new java.util.ArrayList<>();
        if (username == null) {
            errors.add(new FieldError("username", "Enter your username"));
        }
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "Enter your password"));
        }
        Optional<Cookie> session = errors.isEmpty() ? sessions.signIn(username, password, request) : Optional.empty();
        if (session.isEmpty()) {
            if (errors.isEmpty()) {
                errors.add(new FieldError("username", "The username or password is not right"));
            }
            return HttpResponse.ok(page(next, username, errors));
        }
        // A new CSRF value at sign-in: a token anyone saw before is useless in the signed-in session.
        return HttpResponse.seeOther(URI.create(safeNext(next)))
                .cookie(session.get())
                .cookie(csrf.cookie(csrf.newSessionValue(), request));
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request) {
        return HttpResponse.seeOther(URI.create("/sign-in?signedOut=true"))
                .cookie(sessions.signOut(request))
                .cookie(csrf.cookie(csrf.newSessionValue(), request));
    }

    private static ModelAndView<Map<String, Object>> page(@Nullable String next, @Nullable String username,
                                                         List<FieldError> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("next", next == null ? "" : next);
        model.put("username", username == null ? "" : username);
        model.put("errors", errors);
        return new ModelAndView<>("sign-in", model);
    }

    /** Only a path on this site: never a redirect to somewhere else ("//evil.example", "https://..."). */
    static String safeNext(@Nullable String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }
}
