package org.ehcpqa.scoring;

import org.ehcpqa.framework.FrameworkLoader;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingCalculator;
import org.ehcpqa.framework.ValidationReport;
import org.ehcpqa.ingest.DocumentExtractor;
import org.ehcpqa.ingest.DocumentTypeDetector;
import org.ehcpqa.ingest.ExtractedText;
import org.ehcpqa.ingest.IngestLimits;
import org.ehcpqa.ingest.PlanSegmenter;
import org.ehcpqa.ingest.SegmentedPlan;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.synthetic.GeneratedPlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Generated plans read the way ingest reads them (extraction and segmentation, no database) or as
 * their truth says a segmenter should, and
 * the scorer wired by hand with the shipped frameworks, for tests of the whole scoring path.
 */
public final class GeneratedPlans {

    private GeneratedPlans() {
    }

    public static AssessmentService service() {
        return new AssessmentService(new CheckLibrary(PlanFixtures.allChecks()), TestPlans.LEXICONS,
                new CriterionScorer(), new RatingCalculator());
    }

    /** Both shipped frameworks, statutory-baseline first. */
    public static List<QaFramework> shippedFrameworks() {
        return List.of(framework("statutory-baseline.yaml"), framework("council-practice.yaml"));
    }

    public static PlanView read(GeneratedPlan generated, long id) {
        IngestLimits limits = IngestLimits.defaults();
        try (DocumentExtractor extractor = new DocumentExtractor(limits, new DocumentTypeDetector(limits))) {
            ExtractedText text = extractor.extract(generated.content(), generated.fileName());
            SegmentedPlan plan = org.ehcpqa.ingest.Segmenters.segmenter().segment(text);
            List<PlanSection> sections = plan.sections().stream()
                    .map(s -> new PlanSection(s.code(), s.title(), s.text(), s.startPage())).toList();
            return new PlanView(id, id, 1, PlanStatus.PROCESSED, generated.fileName(), "", text.mediaType(),
                    text.pageCount(), plan.metadata(), sections, plan.warnings(), null, null, null);
        }
    }

    /**
     * The plan as a correct segmenter would return it, from the generator's truth: tests of the
     * scorer should not fail or pass because of the segmenter (which does not yet read every
     * house style).
     */
    public static PlanView fromTruth(GeneratedPlan generated, long id) {
        List<PlanSection> sections = generated.truth().sections().stream()
                .map(s -> new PlanSection(s.code(), s.title(), s.text(), 1)).toList();
        return new PlanView(id, id, 1, PlanStatus.PROCESSED, generated.fileName(), "", "text/plain", 1,
                generated.truth().metadata(), sections, List.of(), null, null, null);
    }

    private static QaFramework framework(String file) {
        try {
            ValidationReport report = new FrameworkLoader().load(file, Files.readAllBytes(Path.of("qa-framework", file)));
            if (!report.valid()) {
                throw new IllegalStateException(file + " is invalid: " + report.violations());
            }
            return report.framework();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
