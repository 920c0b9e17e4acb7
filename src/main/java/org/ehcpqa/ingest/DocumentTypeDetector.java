package org.ehcpqa.ingest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Tells what a file is from its bytes. The name a browser or a caseworker gave it is not trusted: an
 * HTML page renamed to .pdf or a photo renamed to .docx is refused and the refusal says what the file
 * really is. The name is only a hint for a ZIP container whose entries do not settle the question.
 */
@Singleton
public class DocumentTypeDetector {

    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final MediaType PDF = MediaType.application("pdf");
    private static final byte[] PDF_SIGNATURE = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_SIGNATURE = {'P', 'K', 5, 6};
    private static final byte[] OLE2_SIGNATURE =
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final String ACCEPTED = " Plans can be uploaded as PDF, Word (DOCX or DOC), "
            + "OpenDocument text (ODT), RTF or plain text.";

    private final IngestLimits limits;
    private final MimeTypes magic;
    private final MediaTypeRegistry registry;
    private final Detector oleDetector = new POIFSContainerDetector();
    private final ZipContainerInspector zipInspector;

    @Inject
    public DocumentTypeDetector(IngestLimits limits) {
        this.limits = limits;
        // Magic bytes only: Tika's full DefaultDetector would also open ZIP containers, which must not
        // happen before ZipContainerInspector has looked at them.
        this.magic = TikaConfig.getDefaultConfig().getMimeRepository();
        this.registry = magic.getMediaTypeRegistry();
        this.zipInspector = new ZipContainerInspector(limits);
    }

    /**
     * @param content  the whole file
     * @param fileName the name it was uploaded with, or null
     * @throws IngestRefusedException EMPTY_FILE, TOO_LARGE, UNSUPPORTED_TYPE, SUSPICIOUS_ARCHIVE,
     *                                ENCRYPTED (a password-protected Word file) or CORRUPT
     */
    public DocumentType detect(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw new IngestRefusedException(RefusalReason.EMPTY_FILE,
                    "This file is empty (0 bytes). Check that the right file was chosen and try again.");
        }
        if (content.length > limits.maxUploadBytes()) {
            throw new IngestRefusedException(RefusalReason.TOO_LARGE, String.format(Locale.UK,
                    "This file is %s; the limit is %s.", megabytes(content.length),
                    megabytes(limits.maxUploadBytes())));
        }
        MediaType type = detectByMagic(content);
        if (type.equals(PDF)) {
            return DocumentType.PDF;
        }
        if (registry.isSpecializationOf(type, MediaType.APPLICATION_ZIP) || type.equals(MediaType.APPLICATION_ZIP)) {
            return fromZip(zipInspector.inspect(content), fileName);
        }
        if (type.equals(OLE2) || registry.isSpecializationOf(type, OLE2)) {
            return fromOle2(content);
        }
        if (type.equals(MediaType.application("rtf")) || type.equals(MediaType.text("rtf"))) {
            return DocumentType.RTF;
        }
        if (type.equals(MediaType.TEXT_PLAIN)) {
            return DocumentType.TXT;
        }
        throw unsupported(type);
    }

    private MediaType detectByMagic(byte[] content) {
        // The formats that arrive most start with fixed signatures. Checking those directly saves the
        // few milliseconds Tika's full magic table costs per file, which matters on the PDF hot path.
        if (startsWith(content, PDF_SIGNATURE)) {
            return PDF;
        }
        if (startsWith(content, ZIP_SIGNATURE) || startsWith(content, EMPTY_ZIP_SIGNATURE)) {
            return MediaType.APPLICATION_ZIP;
        }
        if (startsWith(content, OLE2_SIGNATURE)) {
            return OLE2;
        }
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return magic.detect(in, new Metadata()).getBaseType();
        } catch (IOException e) {
            throw new IllegalStateException("reading a byte array failed", e);
        }
    }

    private DocumentType fromZip(ZipContainerInspector.Contents zip, String fileName) {
        Set<String> names = zip.entryNames();
        if (zip.odfMimeType() != null && zip.odfMimeType().startsWith("application/vnd.oasis.opendocument")) {
            if (zip.odfMimeType().startsWith(DocumentType.ODT.mediaType())) {
                return DocumentType.ODT;
            }
            throw unsupported(MediaType.parse(zip.odfMimeType()));
        }
        boolean opc = names.contains("[Content_Types].xml");
        if (opc && names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return DocumentType.DOCX;
        }
        if (opc && names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            throw unsupported(MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
        if (opc && names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            throw unsupported(MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation"));
        }
        // A package whose parts are oddly named: trust the extension the sender gave, and let the
        // parser refuse it as damaged if it is not what it claims.
        String lowerName = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (opc && lowerName.endsWith(".docx")) {
            return DocumentType.DOCX;
        }
        if (names.contains("content.xml") && lowerName.endsWith(".odt")) {
            return DocumentType.ODT;
        }
        throw unsupported(MediaType.APPLICATION_ZIP);
    }

    private DocumentType fromOle2(byte[] content) {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(content)) {
            type = oleDetector.detect(in, new Metadata()).getBaseType();
        } catch (IOException e) {
            throw new IngestRefusedException(RefusalReason.CORRUPT, "This file looks like an older "
                    + "Microsoft Office document but it is damaged, so its text cannot be read.", e);
        }
        if (type.equals(POIFSContainerDetector.OOXML_PROTECTED) || type.equals(POIFSContainerDetector.DRM_ENCRYPTED)) {
            throw new IngestRefusedException(RefusalReason.ENCRYPTED, "This document is protected by a "
                    + "password, so its text cannot be read. Ask the sender for an unprotected copy.");
        }
        if (type.equals(POIFSContainerDetector.DOC)) {
            return DocumentType.DOC;
        }
        throw unsupported(type);
    }

    private IngestRefusedException unsupported(MediaType type) {
        String what = FileKinds.describe(type);
        String message = what == null
                ? "The type of this file could not be recognised, so its text cannot be read." + ACCEPTED
                : "This file is " + what + ", not a Word document or PDF." + ACCEPTED;
        return new IngestRefusedException(RefusalReason.UNSUPPORTED_TYPE, message);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%,.1f MB", bytes / 1_048_576.0);
    }
}
