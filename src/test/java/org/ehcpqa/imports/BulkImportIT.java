package org.ehcpqa.imports;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.ehcpqa.system.DataDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class BulkImportIT implements TestApplication {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper mapper;
    @Inject
    DataDirectory dataDirectory;

    ApiClient admin;
    ImportClient imports;
    Json json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestApplication.super.getProperties());
        properties.put("ehcpqa.import.folder-poll-interval", "300ms");
        return properties;
    }

    @BeforeAll
    void clients() {
        admin = ApiClient.basic(server.getURI(), ADMIN, ADMIN_PASSWORD);
        imports = new ImportClient(server.getURI(), ADMIN, ADMIN_PASSWORD);
        json = new Json(mapper);
    }

    @Test
    void aZipOfPlansBecomesAJobThatProcessesEveryPlanAndSkipsClutter() {
        Map<String, byte[]> plans = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            plans.put("plans/child-" + i + ".txt", plan("Zip Child " + i));
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("plans/", new byte[0]);
        entries.putAll(plans);
        entries.put("__MACOSX/plans/._child-0.txt", new byte[] {1, 2, 3});
        entries.put("plans/.DS_Store", new byte[] {0, 0, 0, 1});

        HttpResponse<String> accepted = imports.importFiles(Map.of("plans.zip", ImportFiles.zip(entries)));

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode job = json.parse(accepted.body());
        assertThat(job.get("total").getLongValue()).isEqualTo(5);
        assertThat(accepted.headers().firstValue("Location")).hasValue("/api/imports/" + job.get("id").getLongValue());
        JsonNode done = awaitCompleted(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(done.get("processed").getLongValue()).isEqualTo(5);
        assertThat(done.get("pending").getLongValue()).isZero();
        JsonNode items = done.get("items");
        for (int i = 0; i < 5; i++) {
            assertThat(items.get(i).get("fileName").getStringValue()).isEqualTo("child-" + i + ".txt");
            assertThat(items.get(i).get("status").getStringValue()).isEqualTo("PROCESSED");
            long planId = items.get(i).get("planId").getLongValue();
            assertThat(admin.getBytes("/api/plans/" + planId + "/original").body())
                    .isEqualTo(plans.get("plans/child-" + i + ".txt"));
        }
    }

    @Test
    void badFilesAreRejectedWithTheirReasonAndTheOthersProcessed() {
        byte[] good = plan("Good Child");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("good.txt", good);
        entries.put("empty.pdf", new byte[0]);
        entries.put("photo.jpg", ImportFiles.JPEG);
        entries.put("other.txt", plan("Other Child"));
        entries.put("good-again.txt", good);

        HttpResponse<String> accepted = imports.importFiles(Map.of("mixed.zip", ImportFiles.zip(entries)));

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode done = awaitCompleted(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(done.get("total").getLongValue()).isEqualTo(5);
        assertThat(done.get("rejected").getLongValue()).isEqualTo(2);
        JsonNode items = done.get("items");
        assertThat(statusOf(items, 0)).isEqualTo("PROCESSED");
        assertThat(statusOf(items, 1)).isEqualTo("REJECTED");
        assertThat(items.get(1).get("problemType").getStringValue()).isEqualTo("empty-file");
        assertThat(items.get(1).get("problem").getStringValue()).contains("empty");
        assertThat(statusOf(items, 2)).isEqualTo("REJECTED");
        assertThat(items.get(2).get("problemType").getStringValue()).isEqualTo("unsupported-type");
        assertThat(items.get(2).get("problem").getStringValue()).isNotBlank();
        assertThat(statusOf(items, 3)).isEqualTo("PROCESSED");
        assertThat(statusOf(items, 4)).isEqualTo("DUPLICATE");
        assertThat(items.get(4).get("planId").getLongValue()).isEqualTo(items.get(0).get("planId").getLongValue());
    }

    @Test
    void manyFilePartsMakeOneJob() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.txt", plan("Part Child A"));
        files.put("b.txt", plan("Part Child B"));
        files.put("c.txt", plan("Part Child C"));

        HttpResponse<String> accepted = imports.importFiles(files);

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode done = awaitCompleted(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(done.get("processed").getLongValue()).isEqualTo(3);
        assertThat(done.get("source").getStringValue()).isEqualTo("UPLOAD");
        assertThat(json.parse(admin.get("/api/imports").body()).get(0).get("id").getLongValue())
                .isEqualTo(done.get("id").getLongValue());
    }

    @Test
    void dangerousOrDamagedZipsAreRefusedWholeAndNothingIsStaged() throws Exception {
        Map<String, byte[]> traversal = new LinkedHashMap<>();
        traversal.put("ok.txt", plan("Traversal Child"));
        traversal.put("../../etc/evil.txt", plan("Evil Child"));
        assertRefused(ImportFiles.zip(traversal), "suspicious-archive");

        Map<String, byte[]> nested = new LinkedHashMap<>();
        nested.put("inner.zip", ImportFiles.zip(Map.of("x.txt", plan("Nested Child"))));
        assertRefused(ImportFiles.zip(nested), "suspicious-archive");

        byte[] corrupt = ImportFiles.zip(Map.of("x.txt", plan("Corrupt Child")));
        assertRefused(java.util.Arrays.copyOf(corrupt, corrupt.length / 2), "corrupt");

        try (var staged = Files.list(dataDirectory.resolve("import/staging"))) {
            // Every other test waits for its imports to finish, so any upload left staged was refused here.
            assertThat(staged.filter(p -> p.getFileName().toString().startsWith("u-")).toList()).isEmpty();
        }
    }

    @Test
    void theImportFolderTakesFilesAndMovesThemToProcessedOrRejectedWithAReason() throws Exception {
        Path inbox = dataDirectory.resolve("import/inbox");
        Path processed = dataDirectory.resolve("import/processed");
        Path rejected = dataDirectory.resolve("import/rejected");
        byte[] good = plan("Folder Child");
        Files.write(inbox.resolve("folder-plan.txt"), good);
        Files.write(inbox.resolve("folder-empty.pdf"), new byte[0]);
        Files.write(inbox.resolve("still-copying.pdf.part"), new byte[] {1});

        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!(Files.exists(processed.resolve("folder-plan.txt"))
                && Files.exists(rejected.resolve("folder-empty.pdf.reason.txt")))) {
            assertThat(System.nanoTime()).as("files placed within %s", PATIENCE).isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(Files.readAllBytes(processed.resolve("folder-plan.txt"))).isEqualTo(good);
        assertThat(rejected.resolve("folder-empty.pdf")).exists();
        assertThat(Files.readString(rejected.resolve("folder-empty.pdf.reason.txt")))
                .contains("empty-file").contains("This file is empty");
        try (var left = Files.list(inbox)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("still-copying.pdf.part");
        }
        // One poll may take both files or each in its own job: find them among the folder jobs.
        Map<String, String> outcomes = new HashMap<>();
        JsonNode jobs = json.parse(admin.get("/api/imports").body());
        for (int i = 0; i < jobs.size(); i++) {
            if ("FOLDER".equals(jobs.get(i).get("source").getStringValue())) {
                JsonNode items = awaitCompleted("/api/imports/" + jobs.get(i).get("id").getLongValue()).get("items");
                for (int j = 0; j < items.size(); j++) {
                    outcomes.put(items.get(j).get("fileName").getStringValue(), items.get(j).get("status").getStringValue());
                }
            }
        }
        assertThat(outcomes).containsEntry("folder-plan.txt", "PROCESSED").containsEntry("folder-empty.pdf", "REJECTED");
    }

    private void assertRefused(byte[] zip, String slug) {
        HttpResponse<String> response = imports.importFiles(Map.of("bad.zip", zip));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.parse(response.body()).get("type").getStringValue()).isEqualTo("/problems/" + slug);
    }

    private JsonNode awaitCompleted(String location) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            HttpResponse<String> response = admin.get(location);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode job = json.parse(response.body());
            if ("COMPLETED".equals(job.get("status").getStringValue())) {
                return job;
            }
            assertThat(System.nanoTime()).as("import completes within %s", PATIENCE).isLessThan(deadline);
            sleep();
        }
    }

    private static String statusOf(JsonNode items, int index) {
        return items.get(index).get("status").getStringValue();
    }

    private static byte[] plan(String name) {
        String unique = UUID.randomUUID().toString();
        return SamplePlans.text(name + " " + unique.substring(0, 8), "01/02/2015", "03/04/2025", unique);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
