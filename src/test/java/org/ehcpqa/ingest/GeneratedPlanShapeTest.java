package org.ehcpqa.ingest;

import org.ehcpqa.synthetic.SpecialDocuments;
import org.ehcpqa.synthetic.SyntheticDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator's awkward documents, through the real extractor, get the shape the refusals need. */
class GeneratedPlanShapeTest {

    private static final IngestLimits LIMITS = IngestLimits.defaults();
    private final PlanSegmenter segmenter = Segmenters.segmenter();

    private PlanShape shapeOf(SyntheticDocument document) {
        try (DocumentExtractor extractor = new DocumentExtractor(LIMITS, new DocumentTypeDetector(LIMITS))) {
            ExtractedText text = extractor.extract(document.content(), document.fileName());
            return segmenter.assess(text, segmenter.segment(text));
        }
    }

    @Test
    void councilMinutesAreNotAnEhcp() {
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(shapeOf(SpecialDocuments.notAnEhcpPdf(seed))).isEqualTo(PlanShape.NOT_AN_EHCP);
        }
    }

    @Test
    void twoChildrensPlansInOnePdfAreMultiplePlans() {
        for (long seed = 1; seed <= 6; seed++) {
            assertThat(shapeOf(SpecialDocuments.twoPlansInOnePdf(seed))).isEqualTo(PlanShape.MULTIPLE_PLANS);
        }
    }
}
