package org.ehcpqa.ingest;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ingestion seam for text: bytes in, normalised text with a page map out, or an
 * {@link IngestRefusedException} whose message a QA officer can act on. PDFs go straight to PDFBox
 * (fastest, and it knows pages); the other accepted formats go through Tika.
 *
 * <p>Each file is read on a worker thread and given up on after {@code parse-timeout}; see
 * {@link ParseRunner} for what that can and cannot stop.
 *
 * <p>PDFBox scans the system fonts the first time a PDF uses a font it does not embed and caches the
 * result in {@code ~/.pdfbox.cache}. Where home is read-only, set {@code ehcpqa.ingest.font-cache-dir}
 * (or start the JVM with {@code -Dpdfbox.fontcache=DIR}); otherwise the scan is repeated at each start.
 */
@Singleton
public class DocumentExtractor implements AutoCloseable {

    private final DocumentTypeDetector detector;
    private final PdfTextExtractor pdf;
    private final TikaTextExtractor tika;
    private final ParseRunner runner;

    @Inject
    public DocumentExtractor(IngestLimits limits, DocumentTypeDetector detector) {
        useFontCacheDir(limits.fontCacheDir());
        this.detector = detector;
        this.pdf = new PdfTextExtractor(limits);
        this.tika = new TikaTextExtractor(limits);
        this.runner = new ParseRunner(limits.parseTimeout(), limits.effectiveParseThreads());
    }

    /**
     * Text of a plan file. Blank text (only whitespace) with at least one page means the document is
     * images only and needs OCR; {@link #extractDocument} says so explicitly.
     *
     * @param content  the whole file, as uploaded
     * @param fileName the name it was uploaded with (a hint only; may be null)
     * @throws IngestRefusedException when the file cannot be accepted; the message is safe to show
     */
    public ExtractedText extract(byte[] content, String fileName) {
        return extractDocument(content, fileName).text();
    }

    /** As {@link #extract}, with the image-only flag the service uses to mark a plan NEEDS_OCR. */
    public ExtractionResult extractDocument(byte[] content, String fileName) {
        return runner.run(() -> {
            DocumentType type = detector.detect(content, fileName);
            ExtractedText text = type == DocumentType.PDF ? pdf.extract(content) : tika.extract(content, type);
            return ExtractionResult.of(text);
        });
    }

    @PreDestroy
    @Override
    public void close() {
        runner.close();
    }

    private static void useFontCacheDir(String dir) {
        // PDFBox reads this property once, when its font mapper first loads; an explicit -D wins.
        if (dir == null || dir.isBlank() || System.getProperty("pdfbox.fontcache") != null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("ehcpqa.ingest.font-cache-dir cannot be created: " + dir, e);
        }
        System.setProperty("pdfbox.fontcache", dir);
    }
}
