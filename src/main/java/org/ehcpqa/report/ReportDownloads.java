package org.ehcpqa.report;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.util.Locale;

/**
 * The responses that carry a rendered report or export, the same for every controller: a file
 * name to save as, no caching (reports hold personal data), and for HTML a content security policy
 * that forbids scripts and outside fetches, a second guard behind the template's escaping.
 * {@code Server-Timing} tells how long rendering took.
 */
public final class ReportDownloads {

    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private ReportDownloads() {
    }

    public static MutableHttpResponse<byte[]> pdf(byte[] pdf, String fileName, long renderNanos) {
        return file(HttpResponse.ok(pdf), MediaType.APPLICATION_PDF, fileName, renderNanos);
    }

    public static MutableHttpResponse<String> html(String html, String fileName, long renderNanos) {
        return file(HttpResponse.ok(html), MediaType.TEXT_HTML + ";charset=utf-8", fileName, renderNanos)
                .header("Content-Security-Policy", HTML_POLICY);
    }

    public static MutableHttpResponse<byte[]> csv(byte[] csv, String fileName, long renderNanos) {
        return file(HttpResponse.ok(csv), TableExporter.CSV_MEDIA_TYPE, fileName, renderNanos);
    }

    public static MutableHttpResponse<byte[]> xlsx(byte[] xlsx, String fileName, long renderNanos) {
        return file(HttpResponse.ok(xlsx), TableExporter.XLSX_MEDIA_TYPE, fileName, renderNanos);
    }

    private static <T> MutableHttpResponse<T> file(MutableHttpResponse<T> response, String mediaType, String fileName,
                                                  long renderNanos) {
        return response.contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safe(fileName) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Server-Timing", String.format(Locale.ROOT, "render;dur=%.1f", renderNanos / 1_000_000.0));
    }

    private static String safe(String fileName) {
        return fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
