package org.ehcpqa.plan;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.RowCounts;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class PlanApiIT implements TestApplication {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    DataSource dataSource;

    ApiClient admin;
    Json json;

    @BeforeAll
    void clients() {
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        json = new Json(mapper);
    }

    @Test
    void anUploadedPlanIsStoredWithItsSectionsAndTheSameBytesGiveTheSamePlan() {
        byte[] file = SamplePlans.text("Tomos Pryce", "12/05/2016", "04/02/2025", UUID.randomUUID().toString());

        HttpResponse<String> first = admin.upload("/api/plans", "tomos.txt", file, Map.of("team", "North"));
        assertThat(first.statusCode()).isEqualTo(201);
        JsonNode plan = json.parse(first.body());
        long id = plan.get("id").getLongValue();
        assertThat(first.headers().firstValue("Location")).hasValue("/api/plans/" + id);
        assertThat(plan.get("status").getStringValue()).isEqualTo("PROCESSED");
        assertThat(plan.get("sha256").getStringValue()).isEqualTo(Sha256.of(file));
        assertThat(plan.get("team").getStringValue()).isEqualTo("North");
        assertThat(plan.get("sections").size()).isEqualTo(12);
        assertThat(plan.get("sections").get(5).get("code").getStringValue()).isEqualTo("F");
        assertThat(plan.get("sections").get(5).get("text").getStringValue()).contains("30 minutes twice a week");

        HttpResponse<String> again = admin.upload("/api/plans", "renamed.txt", file);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.parse(again.body()).get("id").getLongValue()).isEqualTo(id);

        HttpResponse<String> read = admin.get("/api/plans/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.parse(read.body()).get("fileName").getStringValue()).isEqualTo("tomos.txt");
    }

    @Test
    void theOriginalComesBackByteForByteAndEveryOpeningIsLogged() {
        byte[] file = SamplePlans.text("Aled Rees", "01/09/2012", "10/01/2025", UUID.randomUUID().toString());
        long id = json.parse(admin.upload("/api/plans", "aled.txt", file).body()).get("id").getLongValue();

        admin.get("/api/plans/" + id);
        HttpResponse<byte[]> original = admin.getBytes("/api/plans/" + id + "/original");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(file);

        JsonNode log = json.parse(admin.get("/api/plans/" + id + "/access-log").body());
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.get(0).get("action").getStringValue()).isEqualTo("DOWNLOADED_ORIGINAL");
        assertThat(log.get(1).get("action").getStringValue()).isEqualTo("VIEWED_TEXT");
        assertThat(log.get(1).get("username").getStringValue()).isEqualTo(ADMIN);
    }

    @Test
    void aLaterPlanForTheSameChildBecomesANewVersion() {
        String name = "Zofia Nowak " + UUID.randomUUID().toString().substring(0, 6);
        long first = json.parse(admin.upload("/api/plans", "v1.txt",
                SamplePlans.text(name, "03/03/2014", "01/02/2024", "one")).body()).get("id").getLongValue();
        HttpResponse<String> second = admin.upload("/api/plans", "v2.txt",
                SamplePlans.text(name, "03/03/2014", "01/02/2025", "two"));
        assertThat(second.statusCode()).isEqualTo(201);
        JsonNode plan = json.parse(second.body());
        assertThat(plan.get("id").getLongValue()).isEqualTo(first);
        assertThat(plan.get("versionNumber").getIntValue()).isEqualTo(2);

        JsonNode versions = json.parse(admin.get("/api/plans/" + first + "/versions").body());
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(1).get("current").getBooleanValue()).isTrue();
        assertThat(json.parse(admin.get("/api/plans/" + first).body()).get("fileName").getStringValue())
                .isEqualTo("v2.txt");
    }

    @Test
    void anEmptyFileIsRefusedWithAProblemAndNothingIsStored() {
        RowCounts counts = new RowCounts(dataSource);
        Map<String, Long> before = counts.snapshot();

        HttpResponse<String> response = admin.upload("/api/plans", "empty.pdf", new byte[0]);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json.parse(response.body());
        assertThat(problem.get("type").getStringValue()).endsWith("/empty-file");
        assertThat(problem.get("detail").getStringValue()).isNotBlank();
        assertThat(counts.snapshot()).isEqualTo(before);
    }

    @Test
    void unknownPlansAreNotFoundProblems() {
        HttpResponse<String> response = admin.get("/api/plans/987654321");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.parse(response.body()).get("type").getStringValue()).isEqualTo("/problems/not-found");
    }
}
