package org.ehcpqa.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Turns a rendered report (well-formed XHTML) into a PDF with openhtmltopdf.
 *
 * <p>Text is set in DejaVu Sans, shipped in the jar (report-fonts/, free licence beside it),
 * because the PDF standard fonts only cover Western European letters and children's and
 * professionals' names come from every language. The font is embedded as a subset, so a PDF
 * prints the same everywhere. The PDF is tagged for screen readers (PDF/UA).
 *
 * <p>Templates may link images and stylesheets in their own folder (a council's logo); nothing
 * else is fetched, so a template cannot make the service call out to the network.
 */
@Singleton
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    /** Families a template may name (or inherit by default) that all map to the shipped font. */
    private static final java.util.List<String> FAMILIES = java.util.List.of(FONT_FAMILY, "sans-serif", "serif",
            "Arial", "Helvetica", "monospace");

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    private final boolean accessible;

    /**
     * @param accessible tag the PDF for screen readers (PDF/UA); about twice the rendering time of
     *                   an untagged PDF, measured on the shipped templates
     */
    @Inject
    public PdfRenderer(@Value("${ehcpqa.reports.pdf-accessible:true}") boolean accessible) {
        this.accessible = accessible;
        // The library's logger is global to it; set once here, before any document is rendered.
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new PdfLibraryLog());
    }

    /** A renderer that tags its PDFs for screen readers. */
    public PdfRenderer() {
        this(true);
    }

    /**
     * @param xhtml  the report, well-formed XML
     * @param folder the template folder; relative links resolve against it and may not leave it
     */
    public byte[] render(String xhtml, Path folder) {
        String base = folder.toUri().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(accessible);
            builder.withProducer("ehcp-qa");
            for (String family : FAMILIES) {
                // Fonts are only read when a document uses them. No oblique face is shipped: italic
                // text is drawn upright rather than missing. The shipped family is also the final
                // fallback, for a template that names no font or a font that is not here.
                java.util.Set<FSFontUseCase> uses = family.equals(FONT_FAMILY)
                        ? java.util.EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL)
                        : java.util.EnumSet.of(FSFontUseCase.DOCUMENT);
                for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC, FontStyle.OBLIQUE}) {
                    builder.useFont(() -> new ByteArrayInputStream(regular), family, 400, style, true, uses);
                    builder.useFont(() -> new ByteArrayInputStream(bold), family, 700, style, true, uses);
                }
            }
            builder.useUriResolver((baseUri, uri) -> insideFolder(folder, baseUri, uri));
            builder.withHtmlContent(xhtml, base);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String insideFolder(Path folder, String baseUri, String uri) {
        try {
            if (uri.startsWith("data:")) {
                return uri;
            }
            URI resolved = baseUri == null ? new URI(uri) : new URI(baseUri).resolve(uri);
            if (!"file".equals(resolved.getScheme())) {
                return null;
            }
            Path target = Path.of(resolved).toAbsolutePath().normalize();
            return target.startsWith(folder.toAbsolutePath().normalize()) ? resolved.toString() : null;
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return null;
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream("report-fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + file + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
