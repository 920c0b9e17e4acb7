package org.ehcpqa.security;

/**
 * The page shown when a form arrives without its token: plain HTML without the layout, because
 * the view renderer is not reached from a filter. Styled by the service's own stylesheets.
 */
final class RefusedForm {

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="en" class="govuk-template">
            <head><meta charset="utf-8"><title>Form expired - EHCP quality assurance</title>
            <link rel="stylesheet" href="/assets/govuk/govuk-frontend.min.css">
            <link rel="stylesheet" href="/assets/app/css/app.css"></head>
            <body class="govuk-template__body">
            <div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
            <h1 class="govuk-heading-l">This form has expired</h1>
            <p class="govuk-body">The form was sent without this session's security token, so nothing was changed.
            Go back, reload the page and send the form again.</p>
            <p class="govuk-body"><a class="govuk-link" href="/">Go to the start page</a></p>
            </main></div></body></html>
            """;

    private RefusedForm() {
    }
}
