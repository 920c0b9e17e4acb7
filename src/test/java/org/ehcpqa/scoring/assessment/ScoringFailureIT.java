package org.ehcpqa.scoring.assessment;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.scoring.Assessment;
import org.ehcpqa.scoring.AssessmentService;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A scorer that breaks must never cost the uploader the plan they just stored. */
@MicronautTest
class ScoringFailureIT implements TestApplication {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    @MockBean(AssessmentService.class)
    AssessmentService brokenScorer() {
        return new AssessmentService(null, null, null, null) {
            @Override
            public List<Assessment> assessAll(PlanView plan, List<QaFramework> frameworks) {
                throw new IllegalStateException("scorer broken for the test");
            }
        };
    }

    @Test
    void theUploadSucceedsAndThePlanIsStoredWhenScoringFails() {
        ApiClient admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        Json json = new Json(mapper);

        HttpResponse<String> upload = admin.upload("/api/plans", "broken-scorer.txt",
                SamplePlans.text("Ffion Daniels", "02/02/2015", "03/03/2025", UUID.randomUUID().toString()));

        assertThat(upload.statusCode()).isEqualTo(201);
        long id = json.parse(upload.body()).get("id").getLongValue();
        assertThat(admin.get("/api/plans/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> assessment = admin.get("/api/plans/" + id + "/assessment");
        assertThat(assessment.statusCode()).isEqualTo(500);
        assertThat(json.parse(assessment.body()).get("type").getStringValue()).isEqualTo("/problems/scoring-failed");
        assertThat(assessment.body()).doesNotContain("scorer broken");
    }
}
