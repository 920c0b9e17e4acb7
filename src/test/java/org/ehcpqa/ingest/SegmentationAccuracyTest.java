package org.ehcpqa.ingest;

import org.ehcpqa.plan.PlanMetadata;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often the segmenter cuts plans in the right place, on plans whose truth is known. The figures
 * are printed so they can be quoted; the thresholds are the ones ingestion has to meet.
 */
class SegmentationAccuracyTest {

    private final PlanSegmenter segmenter = Segmenters.segmenter();

    @Test
    void handWrittenPlansAreCutInTheRightPlaces() {
        int right = 0;
        int denominator = 0;
        int metadataRight = 0;
        int metadataFields = 0;
        List<String> report = new ArrayList<>();
        for (HandwrittenPlans.Plan plan : HandwrittenPlans.all()) {
            SegmentedPlan segmented = segmenter.segment(plan.text());
            List<SectionScorer.Expected> expected = plan.truth().sections().stream()
                    .map(s -> new SectionScorer.Expected(s.code(), s.page(), s.first(), s.last())).toList();
            SectionScorer.Score score = SectionScorer.score(expected, segmented.sections());
            right += score.right();
            denominator += score.denominator();
            PlanMetadata meta = segmented.metadata();
            int fields = (Objects.equals(meta.childName(), plan.truth().name()) ? 1 : 0)
                    + (Objects.equals(meta.dateOfBirth(), plan.truth().dateOfBirth()) ? 1 : 0)
                    + (Objects.equals(meta.issueDate(), plan.truth().issueDate()) ? 1 : 0);
            metadataRight += fields;
            metadataFields += 3;
            boolean statusRight = meta.issueStatus() == plan.truth().status();
            boolean needRight = Objects.equals(meta.primaryNeed(), plan.truth().primaryNeed());
            report.add(String.format("  %-32s sections %2d/%2d  metadata %d/3  status %s  need %s%s",
                    plan.fileName(), score.right(), score.denominator(), fields, statusRight ? "ok" : "WRONG",
                    needRight ? "ok" : "WRONG", score.problems().isEmpty() ? "" : "  " + score.problems()));
        }
        double sectionAccuracy = 100.0 * right / denominator;
        double metadataAccuracy = 100.0 * metadataRight / metadataFields;
        System.out.println("Hand-written plans:");
        report.forEach(System.out::println);
        System.out.printf("  sections right: %d/%d = %.1f%%; name, date of birth, issue date right: %d/%d = %.1f%%%n",
                right, denominator, sectionAccuracy, metadataRight, metadataFields, metadataAccuracy);
        assertThat(sectionAccuracy).isGreaterThanOrEqualTo(95.0);
        assertThat(metadataAccuracy).isGreaterThanOrEqualTo(95.0);
    }
}
