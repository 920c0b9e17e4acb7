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
 * same JVM. Off by default (it takes a while and wants a quiet machine):
 * {@code ./mvnw -o test -Dtest=ExtractionSpeedTest -Dehcpqa.speed=true}.
 */
@EnabledIfSystemProperty(named = "ehcpqa.speed", matches = "true")
class ExtractionSpeedTest {

    private static final int ROUNDS = 3;
    private static final Duration_ RUN = new Duration_(4_000);

    private record Duration_(long millis) {
    }

    @Test
    void extractorKeepsUpWithRawPdfBox() throws IOException {
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/ingest/documents/synthetic-plan-20-pages-libreoffice.pdf")) {
            pdf = in.readAllBytes();
        }
        IngestLimits limits = IngestLimits.defaults();
        try (DocumentExtractor extractor = new DocumentExtractor(limits, new DocumentTypeDetector(limits))) {
            double rawDefault = 0;
            double rawFast = 0;
            double service = 0;
            for (int round = 0; round < ROUNDS; round++) {
                rawDefault = Math.max(rawDefault, pagesPerSecond(() -> raw(pdf, true)));
                rawFast = Math.max(rawFast, pagesPerSecond(() -> raw(pdf, false)));
                service = Math.max(service, pagesPerSecond(() -> extractor.extract(pdf, "plan.pdf").pageCount()));
            }
            System.out.printf(Locale.UK, "20-page LibreOffice PDF, one thread, best of %d runs of %d ms:%n"
                            + "  raw PDFBox, default stripper:            %.0f pages/s%n"
                            + "  raw PDFBox, no duplicate suppression:    %.0f pages/s%n"
                            + "  DocumentExtractor.extract:               %.0f pages/s (%.0f%% of the fast raw path)%n",
                    ROUNDS, RUN.millis(), rawDefault, rawFast, service, 100 * service / rawFast);
            assertThat(service).isGreaterThan(0.6 * rawFast);
        }
    }

    private interface PageCounter {
        int run() throws IOException;
    }

    private static int raw(byte[] pdf, boolean suppressDuplicates) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSuppressDuplicateOverlappingText(suppressDuplicates);
            String text = stripper.getText(document);
            return text.isEmpty() ? 0 : document.getNumberOfPages();
        }
    }

    private static double pagesPerSecond(PageCounter work) throws IOException {
        long end = System.nanoTime() + RUN.millis() * 1_000_000;
        long start = System.nanoTime();
        long pages = 0;
        while (System.nanoTime() < end) {
            pages += work.run();
        }
        return pages / ((System.nanoTime() - start) / 1e9);
    }
}
