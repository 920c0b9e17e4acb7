package org.ehcpqa.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PDF text with a page map, straight through PDFBox: one load, one stripper pass, text written once
 * into a {@link TextBuffer}. Tika's PDFParser would add a SAX layer and lose the page offsets.
 */
final class PdfTextExtractor {

    /** How far from the end the trailer keywords are looked for; the PDF spec's readers allow 1 KB. */
    private static final int TRAILER_WINDOW = 1024;
    /** A rough text-per-page guess that sizes the buffer once for typical plans. */
    private static final int CHARS_PER_PAGE = 3000;

    private final IngestLimits limits;

    PdfTextExtractor(IngestLimits limits) {
        this.limits = limits;
    }

    ExtractedText extract(byte[] content) {
        // PDFBox is lenient: it rebuilds a lost cross-reference table by scanning, so a file cut off in
        // transfer opens and yields only the pages before the cut, and a plan would be audited without
        // its later sections. Every complete PDF, incremental updates included, ends with
        // "startxref <offset> %%EOF"; without both near the end, the file was not written out in full.
        if (!endsWithTrailer(content)) {
            throw corrupt("it is incomplete (the end of the file is missing)", null);
        }
        // Memory-only stream cache: the file is already in memory (capped by max-upload-bytes), and a
        // plan's content must not be spilled into temporary files.
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                IOUtils.createMemoryOnlyStreamCache())) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw corrupt("it has no pages", null);
            }
            if (pages > limits.maxPages()) {
                throw new IngestRefusedException(RefusalReason.TOO_LARGE, String.format(Locale.UK,
                        "This document has %,d pages; the limit is %,d.", pages, limits.maxPages()));
            }
            // Owner-password PDFs (restrictions only) open with the empty password above; their
            // permission flags do not stop PDFBox extracting text, and reading for QA is what the
            // council received the plan for.
            TextBuffer buffer = new TextBuffer(limits.maxCharacters(), pages * CHARS_PER_PAGE);
            PagedStripper stripper = new PagedStripper(buffer, pages);
            stripper.writeText(document, buffer);
            return buffer.finish(stripper.pageStarts(pages), DocumentType.PDF.mediaType());
        } catch (InvalidPasswordException e) {
            throw new IngestRefusedException(RefusalReason.ENCRYPTED, "This PDF is protected by a password, "
                    + "so its text cannot be read. Ask the sender for an unprotected copy.", e);
        } catch (TextBuffer.LimitExceededException e) {
            throw tooMuchText(limits.maxCharacters());
        } catch (IOException e) {
            throw corrupt("it is damaged", e);
        }
    }

    static IngestRefusedException tooMuchText(int maxCharacters) {
        return new IngestRefusedException(RefusalReason.TOO_LARGE, String.format(Locale.UK,
                "This document holds more than %,d characters of text, which is the limit.", maxCharacters));
    }

    private static IngestRefusedException corrupt(String why, Throwable cause) {
        return new IngestRefusedException(RefusalReason.CORRUPT, "This PDF cannot be read because " + why
                + ". Ask the sender for a fresh copy.", cause);
    }

    static boolean endsWithTrailer(byte[] content) {
        int from = Math.max(0, content.length - TRAILER_WINDOW);
        return lastIndexOf(content, from, "%%EOF") >= 0 && lastIndexOf(content, from, "startxref") >= 0;
    }

    private static int lastIndexOf(byte[] content, int from, String ascii) {
        outer:
        for (int i = content.length - ascii.length(); i >= from; i--) {
            for (int j = 0; j < ascii.length(); j++) {
                if (content[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Records where each page's text begins in the buffer as the stripper reaches the page. */
    private static final class PagedStripper extends PDFTextStripper {

        private final TextBuffer buffer;
        private final List<Integer> pageStarts;

        PagedStripper(TextBuffer buffer, int pages) {
            this.buffer = buffer;
            this.pageStarts = new ArrayList<>(pages);
            // Tika's choice too: about 1.5x faster, and overlapping duplicates (fake bold) are rare in
            // office-made plans. Content-stream order is kept (no sortByPosition): Word and LibreOffice
            // write text in reading order, and sorting costs time and breaks multi-column layouts.
            setSuppressDuplicateOverlappingText(false);
            setLineSeparator("\n");
            setPageEnd("\n");
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            // PDFBox skips pages without a content stream before startPage, but still counts them in
            // getCurrentPageNo(): give each skipped page an empty span so page numbers stay true.
            int pageNumber = getCurrentPageNo();
            while (pageStarts.size() < pageNumber) {
                pageStarts.add(buffer.length());
            }
            super.startPage(page);
        }

        /**
         * A crafted content stream can keep PDFBox busy for minutes without allocating much (it
         * streams the decoding). Once ParseRunner has given up and interrupted this worker, stop at
         * the next operator instead of finishing work nobody waits for.
         */
        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("extraction abandoned after the parse timeout");
            }
            super.processOperator(operator, operands);
        }

        List<Integer> pageStarts(int pages) {
            while (pageStarts.size() < pages) {
                pageStarts.add(buffer.length());
            }
            return pageStarts;
        }
    }
}
