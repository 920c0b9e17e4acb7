package org.ehcpqa.scoring.assessment;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.TestApplication;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class AssessmentApiIT implements TestApplication {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    DataSource dataSource;

    ApiClient admin;
    Json json;
    long strong;
    long weak;

    @BeforeAll
    void uploadAStrongAndAWeakPlan() {
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        json = new Json(mapper);
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        strong = upload(generator.generate(7101, HouseStyle.NORTHMOOR, DocumentFormat.TXT, PlanQuality.STRONG));
        weak = upload(generator.generate(7102, HouseStyle.NORTHMOOR, DocumentFormat.TXT, PlanQuality.WEAK));
    }

    @Test
    void anAssessmentHasTheDocumentedShapeForBothFrameworks() {
        for (String framework : new String[] {"statutory-baseline", "council-practice"}) {
            JsonNode assessment = assessment(strong, framework);
            assertThat(assessment.get("framework").get("id").getStringValue()).isEqualTo(framework);
            assertThat(assessment.get("framework").get("version").getStringValue()).isNotBlank();
            assertThat(assessment.get("framework").get("hash").getStringValue()).hasSize(64);
            assertThat(assessment.get("overall").get("rating").getStringValue()).isNotBlank();
            assertThat(assessment.get("overall").get("score").getDoubleValue()).isBetween(0.0, 100.0);
            JsonNode sections = assessment.get("sections");
            assertThat(sections.size()).isGreaterThan(5);
            JsonNode criterion = sections.get(0).get("criteria").get(0);
            assertThat(sections.get(0).get("code").getStringValue()).isEqualTo("A");
            assertThat(criterion.get("id").getStringValue()).isNotBlank();
            assertThat(criterion.get("result").getStringValue())
                    .isIn("MET", "PARTLY_MET", "NOT_MET", "NOT_APPLICABLE", "NOT_ASSESSED");
            assertThat(criterion.get("explanation").getStringValue()).isNotBlank();
            assertThat(criterion.get("evidence").isArray()).isTrue();
            assertThat(assessment.get("flags").isArray()).isTrue();
            assertThat(assessment.get("goldenThread").size()).isGreaterThan(0);
            assertThat(assessment.get("goldenThread").get(0).get("need").get("text").getStringValue()).isNotBlank();
        }
        assertThat(assessment(strong, null).get("framework").get("id").getStringValue())
                .isEqualTo("statutory-baseline");
    }

    @Test
    void flagsQuoteTheSectionTextTheyPointAt() {
        for (String framework : new String[] {"statutory-baseline", "council-practice"}) {
            JsonNode flags = assessment(weak, framework).get("flags");
            assertThat(flags.size()).as(framework).isGreaterThan(0);
            Map<String, String> sections = sectionTexts(weak);
            int quoted = 0;
            for (JsonNode flag : flags.values()) {
                assertThat(flag.get("check").getStringValue()).matches("[a-z_]+");
                JsonNode section = flag.get("section");
                for (JsonNode span : flag.get("evidence").values()) {
                    String text = sections.get(section.getStringValue());
                    int start = span.get("start").getIntValue();
                    int end = span.get("end").getIntValue();
                    assertThat(text.substring(start, end)).isEqualTo(span.get("text").getStringValue());
                    quoted++;
                }
            }
            assertThat(quoted).as(framework).isGreaterThan(0);
        }
    }

    @Test
    void theStrongPlanScoresAboveTheWeakOne() {
        for (String framework : new String[] {"statutory-baseline", "council-practice"}) {
            double strongScore = assessment(strong, framework).get("overall").get("score").getDoubleValue();
            double weakScore = assessment(weak, framework).get("overall").get("score").getDoubleValue();
            System.out.printf("%s: strong %.1f, weak %.1f%n", framework, strongScore, weakScore);
            assertThat(strongScore).as(framework).isGreaterThan(weakScore);
        }
    }

    @Test
    void eachUploadWasScoredAndStoredWithBothFrameworksWithCriterionRows() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT a.framework_id, a.framework_version,"
                     + " a.framework_hash, a.overall_score, (SELECT COUNT(*) FROM assessment_criterion c"
                     + " WHERE c.assessment_id = a.id) FROM assessment a WHERE a.plan_id = ? ORDER BY a.framework_id")) {
            query.setLong(1, weak);
            try (ResultSet rows = query.executeQuery()) {
                List<String> frameworks = new ArrayList<>();
                while (rows.next()) {
                    frameworks.add(rows.getString(1));
                    assertThat(rows.getString(2)).isNotBlank();
                    assertThat(rows.getString(3)).hasSize(64);
                    assertThat(rows.getDouble(4)).isBetween(0.0, 100.0);
                    assertThat(rows.getInt(5)).isGreaterThan(10);
                }
                assertThat(frameworks).containsExactly("council-practice", "statutory-baseline");
            }
        }
    }

    @Test
    void unknownPlansAndFrameworksAreNotFoundProblems() {
        HttpResponse<String> plan = admin.get("/api/plans/987654321/assessment");
        HttpResponse<String> framework = admin.get("/api/plans/" + strong + "/assessment?framework=no-such");
        for (HttpResponse<String> response : List.of(plan, framework)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json.parse(response.body()).get("type").getStringValue()).isEqualTo("/problems/not-found");
        }
    }

    @Test
    void aRescoringJobRunsToCompletionAndOnlyOneRunsAtATime() throws InterruptedException {
        HttpResponse<String> started = admin.postJson("/api/assessments/rescore", "{}");
        assertThat(started.statusCode()).isEqualTo(202);
        String jobId = json.parse(started.body()).get("jobId").getStringValue();
        HttpResponse<String> second = admin.postJson("/api/assessments/rescore", "{}");

        JsonNode status = json.parse(admin.get("/api/assessments/rescore/" + jobId).body());
        for (int i = 0; i < 600 && status.get("status").getStringValue().equals("RUNNING"); i++) {
            Thread.sleep(200);
            status = json.parse(admin.get("/api/assessments/rescore/" + jobId).body());
        }
        if (second.statusCode() == 409) {
            assertThat(json.parse(second.body()).get("type").getStringValue()).isEqualTo("/problems/rescore-running");
        } else {
            // Only when the first job had already finished by the time the second was asked for.
            assertThat(second.statusCode()).isEqualTo(202);
        }
        assertThat(status.get("status").getStringValue()).isEqualTo("COMPLETED");
        assertThat(status.get("total").getIntValue()).isGreaterThanOrEqualTo(2);
        assertThat(status.get("failed").getIntValue()).isZero();
        assertThat(status.get("done").getIntValue()).isEqualTo(status.get("total").getIntValue());
        assertThat(admin.get("/api/assessments/rescore/no-such-job").statusCode()).isEqualTo(404);
    }

    private long upload(GeneratedPlan plan) {
        HttpResponse<String> response = admin.upload("/api/plans", plan.fileName(), plan.content());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        return json.parse(response.body()).get("id").getLongValue();
    }

    private JsonNode assessment(long planId, String framework) {
        HttpResponse<String> response = admin.get("/api/plans/" + planId + "/assessment"
                + (framework == null ? "" : "?framework=" + framework));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.parse(response.body());
    }

    /** The first section with text of each code, as the scorer reads it. */
    private Map<String, String> sectionTexts(long planId) {
        Map<String, String> texts = new HashMap<>();
        for (JsonNode section : json.parse(admin.get("/api/plans/" + planId).body()).get("sections").values()) {
            String text = section.get("text").getStringValue();
            if (!text.isBlank()) {
                texts.putIfAbsent(section.get("code").getStringValue(), text);
            }
        }
        return texts;
    }
}
