package org.ehcpqa.synthetic;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.sax.BodyContentHandler;

import java.io.ByteArrayInputStream;
import java.util.regex.Pattern;

/** Extracts and normalises text the way a segmenter's input would be, for comparisons in tests. */
final class PlanText {
    private static final Pattern PAGE_N_OF_M = Pattern.compile("(?m)^\\s*Page \\d+ of \\d+\\s*$");

    private PlanText() {
    }

    static String extract(DocumentFormat format, byte[] content) throws Exception {
        if (format == DocumentFormat.PDF) {
            try (PDDocument doc = Loader.loadPDF(content)) {
                return new PDFTextStripper().getText(doc);
            }
        }
        BodyContentHandler handler = new BodyContentHandler(-1);
        new AutoDetectParser().parse(new ByteArrayInputStream(content), handler, new Metadata());
        return handler.toString();
    }

    /** Removes the running header and footer lines a PDF repeats on every page. */
    static String withoutPageFurniture(String text, String header, String footer) {
        StringBuilder sb = new StringBuilder();
        for (String line : PAGE_N_OF_M.matcher(text).replaceAll("").split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.equals(header) && !trimmed.equals(footer)) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** Collapses white space and drops bullet glyphs, which extractors render differently. */
    static String normalise(String text) {
        return text.replaceAll("[\u2022\u00b7\uf0b7]", " ").replaceAll("\\s+", " ").strip();
    }

    static int pdfPages(byte[] content) throws Exception {
        try (PDDocument doc = Loader.loadPDF(content)) {
            return doc.getNumberOfPages();
        }
    }
}
