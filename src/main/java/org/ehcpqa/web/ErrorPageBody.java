package org.ehcpqa.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.unbescape.html.HtmlEscape;

/**
 * The page a browser gets for an error the framework answers itself. Micronaut's own page prints the
 * exception's message, which can hold plan text or the service's internals; this one says only what
 * {@link ErrorAnswers} says. Plain HTML without templates, so it still renders when a template failed.
 */
@Singleton
@Replaces(HtmlErrorResponseBodyProvider.class)
class ErrorPageBody implements HtmlErrorResponseBodyProvider {

    private final ErrorAnswers answers;

    ErrorPageBody(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public String body(ErrorContext context, HttpResponse<?> response) {
        ErrorAnswers.Answer answer = answers.describe(context, response);
        String title = escape(answer.title());
        return """
                <!DOCTYPE html>
                <html lang="en" class="govuk-template">
                <head><meta charset="utf-8"><title>%s - EHCP quality assurance</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <link rel="stylesheet" href="/assets/govuk/govuk-frontend.min.css"></head>
                <body class="govuk-template__body"><div class="govuk-width-container">
                <main class="govuk-main-wrapper" id="main-content">
                <h1 class="govuk-heading-l">%s</h1>
                <p class="govuk-body">%s</p>
                <p class="govuk-body"><a class="govuk-link" href="/">Go to the start page</a></p>
                </main></div></body></html>
                """.formatted(title, title, escape(answer.detail()));
    }

    @Override
    public String contentType() {
        return MediaType.TEXT_HTML;
    }

    private static String escape(String text) {
        // Thymeleaf's own escaper: the page is built without a template so it renders when templates fail.
        return HtmlEscape.escapeHtml5Xml(text);
    }
}
