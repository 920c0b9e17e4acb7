package org.ehcpqa.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Pages answer like a website: a visitor who has not signed in is sent to the sign-in page (and
 * back afterwards), and a signed-in user whose role does not allow the page gets a page saying so.
 * The API keeps its problem+json 401 and 403.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class PageAuthorizationHandler extends DefaultAuthorizationExceptionHandler {

    PageAuthorizationHandler(ErrorResponseProcessor<?> errorResponseProcessor,
                             RedirectConfiguration redirectConfiguration, RedirectService redirectService,
                             @Nullable PriorToLoginPersistence priorToLoginPersistence) {
        super(errorResponseProcessor, redirectConfiguration, redirectService, priorToLoginPersistence);
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (!isPage(request.getPath())) {
            return super.handle(request, exception);
        }
        if (exception.isForbidden()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_HTML_TYPE)
                    .body(NotAllowedPage.HTML);
        }
        return HttpResponse.seeOther(URI.create(CsrfFilter.SIGN_IN_PATH + next(request)));
    }

    private static String next(HttpRequest<?> request) {
        String path = request.getPath();
        if (!"GET".equals(request.getMethodName()) || "/".equals(path)) {
            return "";
        }
        return "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/swagger") && !path.startsWith("/health");
    }
}
