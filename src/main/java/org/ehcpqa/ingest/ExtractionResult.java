package org.ehcpqa.ingest;

/**
 * Extracted text with what the service must know besides the text itself.
 *
 * @param text      the text and its page map
 * @param imageOnly true when the document has pages but no text at all (a scanned plan): the service
 *                  stores it as NEEDS_OCR instead of scoring it. It is exactly {@code text().text().isBlank()},
 *                  so code holding only an {@link ExtractedText} can tell the same way.
 */
public record ExtractionResult(ExtractedText text, boolean imageOnly) {

    static ExtractionResult of(ExtractedText text) {
        return new ExtractionResult(text, text.text().isBlank());
    }
}
