package org.ehcpqa.ingest;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcpqa.ingest.DocumentExtractorTest.assertPlainSentence;
import static org.ehcpqa.ingest.DocumentExtractorTest.refusal;

class DocumentTypeDetectorTest {

    private final DocumentTypeDetector detector = new DocumentTypeDetector(IngestLimits.defaults());

    @Test
    void acceptedFormatsAreToldFromTheirBytesWhateverTheirNames() {
        assertThat(detector.detect(TestDocuments.pdf(1, i -> "x"), "plan.docx")).isEqualTo(DocumentType.PDF);
        assertThat(detector.detect(TestDocuments.docx(List.of("x")), "plan.pdf")).isEqualTo(DocumentType.DOCX);
        assertThat(detector.detect(TestDocuments.odt(List.of("x")), "plan")).isEqualTo(DocumentType.ODT);
        assertThat(detector.detect(TestDocuments.rtf(List.of("x")), "plan.txt")).isEqualTo(DocumentType.RTF);
        assertThat(detector.detect("Plan for Dafydd".getBytes(StandardCharsets.UTF_8), "plan.pdf"))
                .isEqualTo(DocumentType.TXT);
    }

    @Test
    void passwordProtectedWordDocumentIsEncrypted() throws Exception {
        byte[] docx = TestDocuments.docx(List.of("Section B: needs"));
        byte[] locked = encrypt(docx, "secret");

        IngestRefusedException refusal = refusal(() -> detector.detect(locked, "plan.docx"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.ENCRYPTED);
        assertPlainSentence(refusal, null);
    }

    @Test
    void spreadsheetIsNamedAsSuch() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Audit").createRow(0).createCell(0).setCellValue("rating");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        IngestRefusedException refusal = refusal(() -> detector.detect(xlsx, "plan.docx"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.UNSUPPORTED_TYPE);
        assertThat(refusal.getMessage()).startsWith("This file is an Excel spreadsheet, not a Word document or PDF.");
    }

    @Test
    void plainZipIsNamedAsSuch() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("plans/one.pdf"));
            zip.write(TestDocuments.pdf(1, i -> "x"));
            zip.closeEntry();
        }

        IngestRefusedException refusal = refusal(() -> detector.detect(bytes.toByteArray(), "plans.docx"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.UNSUPPORTED_TYPE);
        assertThat(refusal.getMessage()).startsWith("This file is a ZIP archive");
    }

    @Test
    void unrecognisableBytesAreSaidToBeUnrecognisable() {
        byte[] noise = new byte[512];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 0x01;

        IngestRefusedException refusal = refusal(() -> detector.detect(noise, "plan.pdf"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.UNSUPPORTED_TYPE);
        assertThat(refusal.getMessage()).startsWith("The type of this file could not be recognised");
    }

    @Test
    void zipBombIsRefusedBeforeAnythingLargeIsAllocated() {
        byte[] bomb = ZipBombs.docxDeclaring(3 * 1024);
        byte[] liar = ZipBombs.docxLyingAboutSize(1024);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        assertThat(refusal(() -> detector.detect(bomb, "plan.docx")).reason())
                .isEqualTo(RefusalReason.SUSPICIOUS_ARCHIVE);
        assertThat(refusal(() -> detector.detect(liar, "plan.docx")).reason())
                .isEqualTo(RefusalReason.SUSPICIOUS_ARCHIVE);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated while refusing two bombs").isLessThan(256L << 20);
    }

    @Test
    void truncatedWordDocumentIsCorrupt() {
        byte[] docx = TestDocuments.docx(List.of("Section E: outcomes ".repeat(200)));
        byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);

        IngestRefusedException refusal = refusal(() -> detector.detect(cut, "plan.docx"));

        assertThat(refusal.reason()).isEqualTo(RefusalReason.CORRUPT);
        assertPlainSentence(refusal, "Section E");
    }

    private static byte[] encrypt(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(docx);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }
}
