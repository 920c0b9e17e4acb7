package org.ehcpqa.scoring.assessment;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Read-only access to the stored assessments of a version, for features that derive from them. */
@Singleton
public class StoredAssessments {

    private final AssessmentRepository assessments;
    private final JsonMapper json;

    StoredAssessments(AssessmentRepository assessments, JsonMapper json) {
        this.assessments = assessments;
        this.json = json;
    }

    /** Every stored assessment of the version, the most recent first. */
    @Transactional
    public List<AssessmentResponse> forVersion(long versionId) {
        return assessments.findByVersionIdOrderByIdDesc(versionId).stream().map(row -> read(row.resultJson())).toList();
    }

    private AssessmentResponse read(String stored) {
        try {
            return json.readValue(stored, AssessmentResponse.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
