package org.ehcpqa.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * An address with no route: a browser gets the service's "Page not found" page, with its
 * navigation, rather than a JSON document; the API and other clients keep problem+json. A page that
 * finds what it was asked for missing throws {@link PageNotFound} and gets the same page.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class UnknownAddressHandler {

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean page = !path.startsWith("/api") && request.accept().stream()
                .anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
        if (page) {
            return NotFoundPages.response("There is no page at this address. Check it, or start again from the"
                    + " start page.");
        }
        return HttpResponse.notFound(new Problem(Problem.typeFor("not-found"), "Not Found", 404,
                "There is nothing at this address.", path, null)).contentType(Problem.MEDIA_TYPE);
    }

    /** A page's own "does not exist", with what it looked for. */
    @Error(exception = PageNotFound.class, global = true)
    HttpResponse<?> missing(PageNotFound missing) {
        return NotFoundPages.response(missing.getMessage());
    }
}
