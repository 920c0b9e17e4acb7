package org.ehcpqa.security;

/** The page for a signed-in user whose role does not open the page asked for. */
final class NotAllowedPage {

    static final String HTML = """
            <!DOCTYPE html>
            <html lang="en" class="govuk-template">
            <head><meta charset="utf-8"><title>You cannot open this page - EHCP quality assurance</title>
            <link rel="stylesheet" href="/assets/govuk/govuk-frontend.min.css">
            <link rel="stylesheet" href="/assets/app/css/app.css"></head>
            <body class="govuk-template__body">
            <div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
            <h1 class="govuk-heading-l">You cannot open this page</h1>
            <p class="govuk-body">Your role does not include this page. Ask your administrator if you need it.</p>
            <p class="govuk-body"><a class="govuk-link" href="/">Go to the start page</a></p>
            </main></div></body></html>
            """;

    private NotAllowedPage() {
    }
}
