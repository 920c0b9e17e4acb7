package org.ehcpqa.ingest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.PlanQuality;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reaches the synthetic plan generator, which another branch writes, by reflection, so these tests
 * compile before it is merged and run as soon as it is; and turns its files into text the way the
 * extractor is specified to (PDFBox page by page for PDF, Tika's body text for the rest, UTF-8 for TXT).
 */
final class GeneratedPlans {

    private static final String GENERATOR = "org.ehcpqa.synthetic.SyntheticPlanGenerator";
    private static final String STYLE = "org.ehcpqa.synthetic.HouseStyle";

    private GeneratedPlans() {
    }

    static boolean available() {
        try {
            Class.forName(GENERATOR);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static List<String> styles() {
        try {
            List<String> names = new ArrayList<>();
            for (Object style : Class.forName(STYLE).getEnumConstants()) {
                names.add(((Enum<?>) style).name());
            }
            return names;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static GeneratedPlan generate(long seed, String style, DocumentFormat format, PlanQuality quality) {
        try {
            Class<?> generatorClass = Class.forName(GENERATOR);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object styleValue = Enum.valueOf((Class) Class.forName(STYLE), style);
            Object generator = generatorClass.getConstructor().newInstance();
            Method generate = generatorClass.getMethod("generate", long.class, Class.forName(STYLE),
                    DocumentFormat.class, PlanQuality.class);
            return (GeneratedPlan) generate.invoke(generator, seed, styleValue, format, quality);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final IngestLimits LIMITS = IngestLimits.defaults();
    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor(LIMITS, new DocumentTypeDetector(LIMITS));

    /** The plan's file through the real extractor, as ingestion sees it. */
    static ExtractedText extractWithExtractor(GeneratedPlan plan) {
        return EXTRACTOR.extract(plan.content(), plan.fileName());
    }

    /** Extraction as specified (PDFBox page by page, Tika body text), independent of the extractor. */
    static ExtractedText extract(GeneratedPlan plan) throws Exception {
        byte[] content = plan.content();
        return switch (plan.format()) {
            case TXT -> new ExtractedText(stripBom(new String(content, StandardCharsets.UTF_8)), List.of(0), "text/plain");
            case PDF -> pdf(content);
            default -> tika(content);
        };
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ExtractedText pdf(byte[] content) throws Exception {
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder text = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                starts.add(text.length());
                text.append(stripper.getText(document));
            }
            return new ExtractedText(text.toString(), starts, "application/pdf");
        }
    }

    private static ExtractedText tika(byte[] content) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        new AutoDetectParser().parse(new ByteArrayInputStream(content), handler, metadata, new ParseContext());
        String type = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE)).orElse("application/octet-stream");
        return new ExtractedText(handler.toString(), List.of(0), type);
    }
}
