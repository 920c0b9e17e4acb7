package org.ehcpqa.ingest;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Word, OpenDocument, RTF and plain text through Tika's AutoDetectParser, configured by
 * {@code tika-config.xml} (only the parsers for accepted formats; zip-bomb and depth guards). The
 * type found by {@link DocumentTypeDetector} is passed as an override, so Tika does not detect again.
 */
final class TikaTextExtractor {

    /** Embedded objects (pictures, pasted spreadsheets) are not a plan's text and widen the attack surface. */
    private static final EmbeddedDocumentExtractor SKIP_EMBEDDED = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked, as shouldParseEmbedded is false
        }
    };

    private static final int INITIAL_CAPACITY = 256 * 1024;

    private final IngestLimits limits;
    private final AutoDetectParser parser;

    TikaTextExtractor(IngestLimits limits) {
        this.limits = limits;
        try (InputStream config = TikaTextExtractor.class.getResourceAsStream("/tika-config.xml")) {
            if (config == null) {
                throw new IllegalStateException("tika-config.xml is missing from the classpath");
            }
            this.parser = new AutoDetectParser(new TikaConfig(config));
        } catch (TikaException | IOException | SAXException e) {
            throw new IllegalStateException("tika-config.xml cannot be loaded", e);
        }
    }

    ExtractedText extract(byte[] content, DocumentType type) {
        // Sized from the file only up to a point: a DOCX full of photographs is large but has little text.
        TextBuffer buffer = new TextBuffer(Integer.MAX_VALUE, Math.min(content.length, INITIAL_CAPACITY));
        // The write limit is Tika's own, so parsers that catch and continue still let it through;
        // we refuse at the limit rather than keep the start: a plan cut short would be audited as if
        // its later sections were missing. No real plan comes near 5 million characters.
        WriteOutContentHandler limited = new WriteOutContentHandler(buffer, limits.maxCharacters());
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type.mediaType());
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, SKIP_EMBEDDED);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, new BodyContentHandler(new BlockBoundaryHandler(limited)), metadata, context);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            throw translate(e, type);
        }
        return buffer.finish(List.of(0), type.mediaType());
    }

    private IngestRefusedException translate(Exception e, DocumentType type) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return PdfTextExtractor.tooMuchText(limits.maxCharacters());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new IngestRefusedException(RefusalReason.ENCRYPTED, "This document is protected by a "
                        + "password, so its text cannot be read. Ask the sender for an unprotected copy.", e);
            }
            if (t instanceof TikaMemoryLimitException || isZipBombMessage(t)) {
                return new IngestRefusedException(RefusalReason.SUSPICIOUS_ARCHIVE, "This file would expand "
                        + "to far more data than a plan could hold, so it was not read. If it is a real plan, "
                        + "save it again from Word or as a PDF and upload that.", e);
            }
        }
        return new IngestRefusedException(RefusalReason.CORRUPT, "This " + label(type) + " is damaged, so its "
                + "text cannot be read. Ask the sender for a fresh copy.", e);
    }

    private static boolean isZipBombMessage(Throwable t) {
        // Tika's SecureContentHandler and POI's ZipSecureFile both say so only in the message.
        return t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb");
    }

    private static String label(DocumentType type) {
        return switch (type) {
            case DOCX, DOC -> "Word document";
            case ODT -> "OpenDocument text file";
            case RTF -> "RTF document";
            case TXT -> "text file";
            case PDF -> "PDF";
        };
    }
}
