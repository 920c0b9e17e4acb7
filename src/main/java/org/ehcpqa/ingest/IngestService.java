package org.ehcpqa.ingest;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.NewPlanVersion;
import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.Sha256;
import org.ehcpqa.plan.StoredPlan;
import org.ehcpqa.plan.StoredVersion;

import java.util.List;
import java.util.Optional;

/**
 * Turns one file into a stored plan version, or refuses it with a reason. Nothing is stored for
 * a refused file, and an accepted file is stored whole or not at all.
 */
@Singleton
public class IngestService {

    private final DocumentExtractor extractor;
    private final PlanSegmenter segmenter;
    private final PlanService plans;

    IngestService(DocumentExtractor extractor, PlanSegmenter segmenter, PlanService plans) {
        this.extractor = extractor;
        this.segmenter = segmenter;
        this.plans = plans;
    }

    public StoredPlan ingest(byte[] content, String fileName, String username,
                             @Nullable String team, @Nullable String caseworker) {
        String sha256 = Sha256.of(content);
        Optional<StoredPlan> known = plans.findBySha256(sha256).map(plan -> new StoredPlan(plan, false));
        if (known.isPresent()) {
            return known.get();
        }
        return plans.store(read(content, sha256, fileName, username, team, caseworker));
    }

    /**
     * As {@link #ingest}, for one file of a bulk import: the same checks and the same durable,
     * transactional store, answered with the ids only (see {@link PlanService#storeInBulk}).
     */
    public StoredVersion ingestInBulk(byte[] content, String fileName, String username,
                                      @Nullable String team, @Nullable String caseworker) {
        String sha256 = Sha256.of(content);
        Optional<StoredVersion> known = plans.findStoredBySha256(sha256);
        if (known.isPresent()) {
            return known.get();
        }
        return plans.storeInBulk(read(content, sha256, fileName, username, team, caseworker));
    }

    /** Extracts and segments the file into what is to be stored, or refuses it. */
    private NewPlanVersion read(byte[] content, String sha256, String fileName, String username,
                                @Nullable String team, @Nullable String caseworker) {
        ExtractedText text = extractor.extract(content, fileName);
        if (text.text().isBlank()) {
            // An image-only scan: keep it so nothing accepted is lost, but there is nothing to score.
            return new NewPlanVersion(content, sha256, fileName, text.mediaType(), PlanStatus.NEEDS_OCR,
                    text.pageCount(), emptyMetadata(), List.of(),
                    List.of("The document holds no text (a scan?): it needs OCR before it can be read."),
                    username, team, caseworker);
        }
        SegmentedPlan segmented = segmenter.segment(text);
        refuseIfNotOnePlan(segmenter.assess(text, segmented));
        List<PlanSection> sections = segmented.sections().stream()
                .map(s -> new PlanSection(s.code(), s.title(), s.text(), s.startPage()))
                .toList();
        return new NewPlanVersion(content, sha256, fileName, text.mediaType(), PlanStatus.PROCESSED,
                text.pageCount(), segmented.metadata(), sections, segmented.warnings(), username, team, caseworker);
    }

    private static void refuseIfNotOnePlan(PlanShape shape) {
        switch (shape) {
            case NOT_AN_EHCP -> throw new IngestRefusedException(RefusalReason.NOT_AN_EHCP,
                    "This document does not look like an EHCP: too few of the statutory sections A to K were found.");
            case MULTIPLE_PLANS -> throw new IngestRefusedException(RefusalReason.MULTIPLE_PLANS,
                    "This file holds more than one child's plan. Upload each plan as a separate file.");
            case EHCP -> {
            }
        }
    }

    private static PlanMetadata emptyMetadata() {
        return new PlanMetadata(null, null, null, null, null, null, null, null);
    }
}
