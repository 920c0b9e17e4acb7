package org.ehcpqa.ingest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentExtractorTest {

    /** Invented names and wording in Welsh, Polish and Urdu, with curly quotes and emoji. */
    private static final List<String> MULTILINGUAL = List.of(
            "Section A: Gwenllïan Llŷr says “I like the swings” 🙂",
            "Zofia Wójcik-Łęczycka: ‘Lubię czytać’ — 👍🏽",
            "عائشہ خان کو پڑھنا پسند ہے",
            "Family 👨‍👩‍👧 wants “specific, quantified” provision");

    private final IngestLimits limits = IngestLimits.defaults();
    private final DocumentExtractor extractor = new DocumentExtractor(limits, new DocumentTypeDetector(limits));

    @AfterAll
    void close() {
        extractor.close();
    }

    @Test
    void pdfHasItsTextAndAPageMap() {
        byte[] pdf = TestDocuments.pdf(5, i -> "Page " + (i + 1) + " of the plan for Section " + (char) ('A' + i));

        ExtractionResult result = extractor.extractDocument(pdf, "plan.pdf");

        ExtractedText text = result.text();
        assertThat(result.imageOnly()).isFalse();
        assertThat(text.mediaType()).isEqualTo("application/pdf");
        assertThat(text.pageCount()).isEqualTo(5);
        assertThat(text.pageStarts().getFirst()).isZero();
        for (int page = 1; page <= 5; page++) {
            int start = text.pageStarts().get(page - 1);
            assertThat(text.text().substring(start)).startsWith("Page " + page + " of the plan");
            assertThat(text.pageAt(start)).isEqualTo(page);
        }
        assertThat(text.text()).endsWith("\n").doesNotContain("\r");
    }

    @Test
    void blankPageKeepsItsPlaceInThePageMap() {
        ExtractedText text = extractor.extract(TestDocuments.pdfWithBlankMiddlePage(), "plan.pdf");

        assertThat(text.pageCount()).isEqualTo(3);
        assertThat(text.text().substring(text.pageStarts().get(2))).startsWith("Third page");
        assertThat(text.text().substring(text.pageStarts().get(1), text.pageStarts().get(2))).isBlank();
    }

    @Test
    void pdfWorkerStopsOnceInterruptedByTheTimeout() {
        byte[] pdf = TestDocuments.pdf(300, i -> "Outcome " + i);
        PdfTextExtractor pdfOnly = new PdfTextExtractor(limits);
        Thread.currentThread().interrupt();
        try {
            assertThat(refusal(() -> pdfOnly.extract(pdf)).reason()).isEqualTo(RefusalReason.CORRUPT);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void pdfOfThreeHundredPagesExtracts() {
        byte[] pdf = TestDocuments.pdf(300, i -> "Outcome " + (i + 1) + " for the young person");

        ExtractedText text = extractor.extract(pdf, "long-plan.pdf");

        assertThat(text.pageCount()).isEqualTo(300);
        assertThat(text.text().substring(text.pageStarts().get(299))).startsWith("Outcome 300 ");
    }

    @Test
    void pdfWithOnlyAnImageIsFlaggedForOcrNotRefused() {
        ExtractionResult result = extractor.extractDocument(TestDocuments.imageOnlyPdf(), "scan.pdf");

        assertThat(result.imageOnly()).isTrue();
        assertThat(result.text().text()).isBlank();
        assertThat(result.text().pageCount()).isEqualTo(1);
    }

    @Test
    void pdfWithAnOwnerPasswordOnlyExtractsDespiteItsRestrictions() {
        byte[] pdf = TestDocuments.encryptedPdf("owner-secret", "");

        ExtractedText text = extractor.extract(pdf, "restricted.pdf");

        assertThat(text.text()).contains("Section F provision on page 2");
        assertThat(text.pageCount()).isEqualTo(2);
    }

    @Test
    void pdfWithAUserPasswordIsRefusedAsEncrypted() {
        byte[] pdf = TestDocuments.encryptedPdf("owner-secret", "user-secret");

        IngestRefusedException refusal = refusal(() -> extractor.extract(pdf, "locked.pdf"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.ENCRYPTED);
        assertThat(refusal.getMessage()).contains("password");
        assertPlainSentence(refusal, "Section F provision");
    }

    @Test
    void pdfCutInHalfIsRefusedAsCorrupt() {
        byte[] pdf = TestDocuments.pdf(4, i -> "Confidential needs on page " + (i + 1));
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 2);

        IngestRefusedException refusal = refusal(() -> extractor.extract(truncated, "cut.pdf"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.CORRUPT);
        assertPlainSentence(refusal, "Confidential needs");
    }

    @Test
    void pdfOverThePageLimitIsRefusedAsTooLarge() {
        byte[] pdf = TestDocuments.pdf(1001, i -> "p" + i);

        IngestRefusedException refusal = refusal(() -> extractor.extract(pdf, "huge.pdf"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.TOO_LARGE);
        assertThat(refusal.getMessage()).isEqualTo("This document has 1,001 pages; the limit is 1,000.");
    }

    @Test
    void docxTextIsKeptExactly() {
        ExtractedText text = extractor.extract(TestDocuments.docx(MULTILINGUAL), "plan.docx");

        assertThat(text.mediaType()).isEqualTo(DocumentType.DOCX.mediaType());
        assertThat(text.pageStarts()).containsExactly(0);
        assertThat(text.text()).contains(MULTILINGUAL);
    }

    @Test
    void docTextIsKeptExactly() throws java.io.IOException {
        byte[] doc;
        try (var in = getClass().getResourceAsStream("/ingest/documents/synthetic-plan-multilingual-libreoffice.doc")) {
            doc = in.readAllBytes();
        }

        ExtractedText text = extractor.extract(doc, "plan.doc");

        assertThat(text.mediaType()).isEqualTo(DocumentType.DOC.mediaType());
        assertThat(text.text()).contains(MULTILINGUAL.subList(0, 3))
                .contains("Section F: 30 minutes of speech and language therapy each week");
    }

    @Test
    void odtTextIsKeptExactly() {
        ExtractedText text = extractor.extract(TestDocuments.odt(MULTILINGUAL), "plan.odt");

        assertThat(text.mediaType()).isEqualTo(DocumentType.ODT.mediaType());
        assertThat(text.text()).contains(MULTILINGUAL);
    }

    @Test
    void rtfTextIsKeptExactly() {
        ExtractedText text = extractor.extract(TestDocuments.rtf(MULTILINGUAL), "plan.rtf");

        assertThat(text.mediaType()).isEqualTo(DocumentType.RTF.mediaType());
        assertThat(text.text()).contains(MULTILINGUAL);
    }

    @Test
    void plainTextIsKeptExactlyAndNormalised() {
        String file = String.join("\r\n", MULTILINGUAL) + "\u0000\r\n";

        ExtractedText text = extractor.extract(file.getBytes(StandardCharsets.UTF_8), "plan.txt");

        assertThat(text.mediaType()).isEqualTo("text/plain");
        assertThat(text.pageStarts()).containsExactly(0);
        assertThat(text.text()).contains(String.join("\n", MULTILINGUAL)).doesNotContain("\r", "\u0000");
    }

    @Test
    void zeroBytesAreAnEmptyFile() {
        IngestRefusedException refusal = refusal(() -> extractor.extract(new byte[0], "plan.pdf"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.EMPTY_FILE);
        assertPlainSentence(refusal, null);
    }

    @Test
    void htmlNamedPdfIsRefusedAsAWebPage() {
        byte[] html = "<!DOCTYPE html><html><head><title>Plan for Alys</title></head><body><p>Alys</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        IngestRefusedException refusal = refusal(() -> extractor.extract(html, "plan.pdf"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.UNSUPPORTED_TYPE);
        assertThat(refusal.getMessage()).startsWith("This file is a web page (HTML), not a Word document or PDF.");
        assertPlainSentence(refusal, "Alys");
    }

    @Test
    void jpegNamedDocxIsRefusedAsAnImage() {
        IngestRefusedException refusal = refusal(() -> extractor.extract(TestDocuments.jpeg(), "plan.docx"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.UNSUPPORTED_TYPE);
        assertThat(refusal.getMessage()).startsWith("This file is a JPEG image, not a Word document or PDF.");
    }

    @Test
    void zipBombNamedDocxIsRefusedQuickly() {
        byte[] bomb = ZipBombs.docxDeclaring(3 * 1024);
        assertThat(bomb.length).isLessThan(8 * 1024 * 1024);

        long start = System.nanoTime();
        IngestRefusedException refusal = refusal(() -> extractor.extract(bomb, "plan.docx"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(refusal.reason()).isEqualTo(RefusalReason.SUSPICIOUS_ARCHIVE);
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertPlainSentence(refusal, null);
    }

    @Test
    void zipBombWhoseHeadersLieIsRefusedQuickly() {
        byte[] bomb = ZipBombs.docxLyingAboutSize(1024);

        long start = System.nanoTime();
        IngestRefusedException refusal = refusal(() -> extractor.extract(bomb, "plan.docx"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.SUSPICIOUS_ARCHIVE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void fileOverTheUploadLimitIsTooLarge() {
        IngestLimits small = new IngestLimits(1024, 1000, 5_000_000, Duration.ofSeconds(60),
                100, 1_048_576, 524_288_000, 5000, 1, null);
        try (DocumentExtractor limited = new DocumentExtractor(small, new DocumentTypeDetector(small))) {
            IngestRefusedException refusal = refusal(() -> limited.extract(new byte[2048], "plan.pdf"));

            assertThat(refusal.reason()).isEqualTo(RefusalReason.TOO_LARGE);
        }
    }

    @Test
    void textOverTheCharacterLimitIsRefusedNotTruncated() {
        IngestLimits small = new IngestLimits(52_428_800, 1000, 100, Duration.ofSeconds(60),
                100, 1_048_576, 524_288_000, 5000, 1, null);
        try (DocumentExtractor limited = new DocumentExtractor(small, new DocumentTypeDetector(small))) {
            byte[] pdf = TestDocuments.pdf(10, i -> "A line of forty characters or so, page " + i);
            byte[] docx = TestDocuments.docx(List.of("x".repeat(80), "y".repeat(80)));

            assertThat(refusal(() -> limited.extract(pdf, "p.pdf")).reason()).isEqualTo(RefusalReason.TOO_LARGE);
            assertThat(refusal(() -> limited.extract(docx, "p.docx")).reason()).isEqualTo(RefusalReason.TOO_LARGE);
        }
    }

    static IngestRefusedException refusal(Executable call) {
        IngestRefusedException refusal = catchThrowableOfType(IngestRefusedException.class, call::execute);
        assertThat(refusal).as("expected a refusal").isNotNull();
        return refusal;
    }

    /** A refusal message is a sentence for a QA officer: no stack trace, no exception names, no content. */
    static void assertPlainSentence(IngestRefusedException refusal, String documentContent) {
        assertThat(refusal.getMessage())
                .isNotBlank()
                .doesNotContain("Exception", "\tat ", "org.apache", "java.", "\n")
                .endsWith(".");
        if (documentContent != null) {
            assertThat(refusal.getMessage()).doesNotContain(documentContent);
        }
    }
}
