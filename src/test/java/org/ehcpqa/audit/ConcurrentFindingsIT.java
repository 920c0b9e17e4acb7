package org.ehcpqa.audit;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty auditors add a finding each to the same audit at the same moment. Optimistic locking must turn every
 * collision into a 409 edit-conflict that the client retries after re-reading, never a lost update or a 5xx.
 */
@MicronautTest
class ConcurrentFindingsIT implements TestApplication {

    static final int AUDITORS = 20;
    static final String PASSWORD = "a-long-enough-password";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;

    @Test
    void twentyConcurrentAuditorsLoseNoFinding() throws Exception {
        Json json = new Json(mapper);
        ApiClient admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        List<AuditHttp> auditors = new ArrayList<>();
        for (int i = 0; i < AUDITORS; i++) {
            String name = "conc" + i + "-" + suffix;
            assertThat(admin.postJson("/api/users", """
                    {"username":"%s","password":"%s","displayName":"%s","roles":["QA_OFFICER"]}"""
                    .formatted(name, PASSWORD, name)).statusCode()).isEqualTo(201);
            auditors.add(new AuditHttp(server.getURI(), name, PASSWORD));
        }
        HttpResponse<String> uploaded = admin.upload("/api/plans", "plan.txt",
                SamplePlans.text("Idris Penhallow", "21/02/2014", "02/12/2024", UUID.randomUUID().toString()));
        long planId = json.parse(uploaded.body()).get("id").getLongValue();
        HttpResponse<String> opened = auditors.get(0).post("/api/audits", "{\"planId\":" + planId + "}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        long id = json.parse(opened.body()).get("id").getLongValue();

        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        ConcurrentHashMap<Integer, Integer> unexpected = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AUDITORS);
        List<Future<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < AUDITORS; i++) {
            int auditor = i;
            saves.add(pool.submit(() -> {
                start.await();
                for (int attempt = 1; attempt <= 200; attempt++) {
                    AuditHttp client = auditors.get(auditor);
                    HttpResponse<String> read = client.get("/api/audits/" + id);
                    if (read.statusCode() >= 500) {
                        serverErrors.incrementAndGet();
                        continue;
                    }
                    int version = json.parse(read.body()).get("version").getIntValue();
                    HttpResponse<String> saved = client.post("/api/audits/" + id + "/findings", """
                            {"kind":"AREA_FOR_DEVELOPMENT","section":"F","text":"Finding from auditor %d"}"""
                            .formatted(auditor), version);
                    if (saved.statusCode() == 201) {
                        return attempt;
                    }
                    if (saved.statusCode() >= 500) {
                        serverErrors.incrementAndGet();
                    } else if (saved.statusCode() == 409
                            && json.parse(saved.body()).get("type").getStringValue().equals("/problems/edit-conflict")) {
                        conflicts.incrementAndGet();
                    } else {
                        unexpected.merge(saved.statusCode(), 1, Integer::sum);
                    }
                }
                throw new AssertionError("auditor " + auditor + " never saved");
            }));
        }
        start.countDown();
        int attempts = 0;
        for (Future<Integer> save : saves) {
            attempts += save.get();
        }
        pool.shutdown();

        JsonNode audit = json.parse(auditors.get(0).get("/api/audits/" + id).body());
        List<String> texts = new ArrayList<>();
        for (JsonNode finding : audit.get("findings").values()) {
            texts.add(finding.get("text").getStringValue());
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < AUDITORS; i++) {
            expected.add("Finding from auditor " + i);
        }
        System.out.printf("20 concurrent auditors: %d saves in %d attempts, %d edit conflicts retried, %d 5xx%n",
                texts.size(), attempts, conflicts.get(), serverErrors.get());
        assertThat(serverErrors.get()).isZero();
        assertThat(unexpected).isEmpty();
        assertThat(texts).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(audit.get("version").getIntValue()).isEqualTo(AUDITORS);
        assertThat(conflicts.get()).isEqualTo(attempts - AUDITORS);
        long trailed = 0;
        for (JsonNode entry : json.parse(auditors.get(0).get("/api/audits/" + id + "/trail").body()).values()) {
            trailed += entry.get("field").getStringValue().startsWith("finding ") ? 1 : 0;
        }
        assertThat(trailed).isEqualTo(AUDITORS);
    }
}
