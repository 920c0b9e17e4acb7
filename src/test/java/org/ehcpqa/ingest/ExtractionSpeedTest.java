package org.ehcpqa.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-thread pages per second of the extractor against raw PDFBox on the same office-made PDF, in the
 * same JVM. The three paths run in turn, one document each, so a neighbour's load on a shared machine
 * hits them alike. Off by default (it takes a few minutes on a busy machine):
 * {@code ./mvnw -o test -Dtest=ExtractionSpeedTest -Dehcpqa.speed=true}.
 */
@EnabledIfSystemProperty(named = "ehcpqa.speed", matches = "true")
class ExtractionSpeedTest {

    private static final int WARM_UP = 150;
    private static final int MEASURED = 400;

    @Test
    void extractorKeepsUpWithRawPdfBox() throws IOException {
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/ingest/documents/synthetic-plan-20-pages-libreoffice.pdf")) {
            pdf = in.readAllBytes();
        }
        IngestLimits limits = IngestLimits.defaults();
        try (DocumentExtractor extractor = new DocumentExtractor(limits, new DocumentTypeDetector(limits))) {
            long[] nanos = new long[3];
            long pages = 0;
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long t0 = System.nanoTime();
                int n = raw(pdf, true);
                long t1 = System.nanoTime();
                raw(pdf, false);
                long t2 = System.nanoTime();
                extractor.extract(pdf, "plan.pdf");
                long t3 = System.nanoTime();
                if (i >= WARM_UP) {
                    nanos[0] += t1 - t0;
                    nanos[1] += t2 - t1;
                    nanos[2] += t3 - t2;
                    pages += n;
                }
            }
            double rawDefault = pages / (nanos[0] / 1e9);
            double rawFast = pages / (nanos[1] / 1e9);
            double service = pages / (nanos[2] / 1e9);
            System.out.printf(Locale.UK, "20-page LibreOffice PDF, one calling thread, %d documents per path:%n"
                            + "  raw PDFBox, default stripper:            %.0f pages/s%n"
                            + "  raw PDFBox, no duplicate suppression:    %.0f pages/s%n"
                            + "  DocumentExtractor.extract:               %.0f pages/s (%.0f%% of the fast raw path)%n",
                    MEASURED, rawDefault, rawFast, service, 100 * service / rawFast);
            assertThat(service).isGreaterThan(0.6 * rawFast);
        }
    }

    private static int raw(byte[] pdf, boolean suppressDuplicates) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSuppressDuplicateOverlappingText(suppressDuplicates);
            String text = stripper.getText(document);
            return text.isEmpty() ? 0 : document.getNumberOfPages();
        }
    }
}
