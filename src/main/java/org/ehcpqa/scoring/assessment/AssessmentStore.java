package org.ehcpqa.scoring.assessment;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.scoring.Assessment;
import org.ehcpqa.scoring.CriterionAssessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Stored assessments: one per plan version and framework version, replaced whole on re-scoring. */
@Singleton
class AssessmentStore {

    private final AssessmentRepository assessments;
    private final AssessmentCriterionRepository criteria;
    private final AssessmentFlagRepository flags;
    private final JsonMapper json;

    AssessmentStore(AssessmentRepository assessments, AssessmentCriterionRepository criteria,
                    AssessmentFlagRepository flags, JsonMapper json) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.flags = flags;
        this.json = json;
    }

    /**
     * Replaces any earlier assessment of the same version with the same framework version: the
     * check library may have improved since, and trends must not count a version twice.
     */
    @Transactional
    AssessmentResponse save(Assessment assessment) {
        AssessmentResponse response = AssessmentResponses.from(assessment);
        QaFramework framework = assessment.framework();
        // Delete only what exists: a DELETE that matches nothing still takes a gap lock in InnoDB, and two
        // plans scored at once then deadlock on their INSERTs (seen in the ingest benchmark: 338 of 3,000).
        if (assessments.findByVersionIdAndFrameworkIdAndFrameworkHash(assessment.versionId(), framework.id(),
                framework.hash()).isPresent()) {
            assessments.deleteByVersionIdAndFrameworkIdAndFrameworkHash(assessment.versionId(), framework.id(),
                    framework.hash());
        }
        AssessmentRow row = assessments.save(new AssessmentRow(null, assessment.planId(), assessment.versionId(),
                framework.id(), framework.hash(), framework.version(), response.overall().rating(),
                response.overall().score(), write(response), null));
        List<AssessmentCriterionRow> rows = assessment.criteria().stream()
                .map(criterion -> criterionRow(row.id(), assessment, criterion)).toList();
        criteria.saveAll(rows);
        flags.saveAll(response.flags().stream().map(AssessmentResponse.FlagView::check).distinct()
                .map(check -> new AssessmentFlagRow(null, row.id(), assessment.versionId(), framework.id(), check))
                .toList());
        return response;
    }

    @Transactional
    Optional<AssessmentResponse> find(long versionId, QaFramework framework) {
        return assessments.findByVersionIdAndFrameworkIdAndFrameworkHash(versionId, framework.id(), framework.hash())
                .map(row -> read(row.resultJson()));
    }

    private static AssessmentCriterionRow criterionRow(long assessmentId, Assessment assessment,
                                                       CriterionAssessment criterion) {
        return new AssessmentCriterionRow(null, assessmentId, assessment.versionId(), assessment.framework().id(),
                assessment.framework().hash(), criterion.criterionId(), criterion.section().name(),
                criterion.result().name(), AssessmentResponses.round(criterion.score()));
    }

    private String write(AssessmentResponse response) {
        try {
            return json.writeValueAsString(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AssessmentResponse read(String stored) {
        try {
            return json.readValue(stored, AssessmentResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
