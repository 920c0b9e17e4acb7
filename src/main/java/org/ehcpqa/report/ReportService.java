package org.ehcpqa.report;

import jakarta.inject.Singleton;
import org.ehcpqa.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the report templates to HTML and PDF. Features hand it a template name and a model
 * record ({@link AuditReport}, {@link PracticeEventReport}, {@link TrendReport},
 * {@link TrainingPack}); the template reads the model as {@code report}, the shared stylesheet
 * as {@code stylesheet} and the time of rendering as {@code generatedAt}.
 *
 * <p>The HTML is self-contained (the stylesheet is inlined) so a downloaded report opens and prints
 * anywhere. Render times are logged at debug level with the template name only: models hold plan
 * text, which is never logged.
 */
@Singleton
public class ReportService {

    private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ReportTemplates templates;
    private final PdfRenderer pdf;

    public ReportService(ReportTemplates templates, PdfRenderer pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    public String renderHtml(String templateName, Object model) {
        long start = System.nanoTime();
        Map<String, Object> variables = new HashMap<>();
        variables.put("report", model);
        variables.put("stylesheet", templates.stylesheet());
        variables.put("generatedAt", ZonedDateTime.now(UK));
        String html = templates.render(templateName, variables);
        LOG.debug("Rendered {} as HTML in {} ms", templateName, (System.nanoTime() - start) / 1_000_000);
        return html;
    }

    public byte[] renderPdf(String templateName, Object model) {
        String html = renderHtml(templateName, model);
        long start = System.nanoTime();
        byte[] document;
        try {
            document = pdf.render(html, templates.folder());
        } catch (RuntimeException e) {
            // The usual cause is a council's edit that left the template malformed; the message may
            // quote the rendered report, so only the exception's class is logged.
            LOG.warn("Template {} rendered but could not be made into a PDF ({}).", templateName, e.getClass().getName());
            throw new ProblemException(500, "report-not-rendered", "Report could not be made",
                    "The report template '" + templateName + "' could not be turned into a PDF. Templates must be"
                            + " well-formed XHTML (see templates/README.md); the HTML version may still work.");
        }
        LOG.debug("Rendered {} as PDF in {} ms ({} bytes)", templateName, (System.nanoTime() - start) / 1_000_000,
                document.length);
        return document;
    }
}
