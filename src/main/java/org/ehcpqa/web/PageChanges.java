package org.ehcpqa.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

import java.net.URI;
import java.util.List;

/**
 * How a page answers a form whose change a feature's service made or refused. Made: the browser is sent on with
 * 303, so reloading does not post again. Refused because the thing is gone: the not-found page. Refused for any
 * other reason: the page the form came from again, with the service's own sentence in its error summary and the
 * service's status, so the page refuses exactly what the API refuses and says why in the same words.
 */
final class PageChanges {

    /** The page the form came from, shown again with the refusal. */
    @FunctionalInterface
    interface Page {
        HttpResponse<?> with(List<FieldError> errors, HttpStatus status);
    }

    private PageChanges() {
    }

    /**
     * @param errorField the id on the page that the error summary's link leads to
     */
    static HttpResponse<?> make(Runnable change, String redirect, String errorField, Page page) {
        try {
            change.run();
            return HttpResponse.seeOther(URI.create(redirect));
        } catch (ProblemException e) {
            HttpStatus status = HttpStatus.valueOf(e.toProblem().status());
            if (status == HttpStatus.NOT_FOUND) {
                throw new PageNotFound(e.getMessage());
            }
            return page.with(List.of(new FieldError(errorField, e.getMessage())), status);
        }
    }
}
