package org.ehcpqa.privacy;

import org.ehcpqa.ingest.DocumentExtractor;
import org.ehcpqa.ingest.DocumentTypeDetector;
import org.ehcpqa.ingest.ExtractedText;
import org.ehcpqa.ingest.IngestLimits;
import org.ehcpqa.ingest.PlanSegmenter;
import org.ehcpqa.ingest.SegmentedPlan;
import org.ehcpqa.ingest.Segmenters;
import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.synthetic.GeneratedPlan;

import java.util.List;

/**
 * Plans as the service stores them: the generated file through the real extractor and segmenter,
 * so the anonymiser is tested on what it will see, never on the generator's truth.
 */
final class StoredPlans implements AutoCloseable {

    private final DocumentExtractor extractor;
    private final PlanSegmenter segmenter = Segmenters.segmenter();

    StoredPlans() {
        IngestLimits limits = IngestLimits.defaults();
        extractor = new DocumentExtractor(limits, new DocumentTypeDetector(limits));
    }

    PlanView read(GeneratedPlan generated, long id) {
        ExtractedText text = extractor.extract(generated.content(), generated.fileName());
        SegmentedPlan plan = segmenter.segment(text);
        List<PlanSection> sections = plan.sections().stream()
                .map(s -> new PlanSection(s.code(), s.title(), s.text(), s.startPage())).toList();
        return new PlanView(id, id, 1, PlanStatus.PROCESSED, generated.fileName(), "", text.mediaType(),
                text.pageCount(), plan.metadata(), sections, plan.warnings(), null, null, null);
    }

    /** A plan with hand-written sections, for tests of particular wording. */
    static PlanView handWritten(PlanMetadata metadata, List<PlanSection> sections) {
        return new PlanView(1, 1, 1, PlanStatus.PROCESSED, "hand-written.txt", "", "text/plain", 1, metadata,
                sections, List.of(), null, null, null);
    }

    @Override
    public void close() {
        extractor.close();
    }
}
