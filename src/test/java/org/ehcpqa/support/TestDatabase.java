package org.ehcpqa.support;

import org.ehcpqa.system.DataDirectory;
import org.ehcpqa.system.EmbeddedMariaDb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The database the integration tests run against: the server named by DATASOURCES_DEFAULT_URL
 * when it is set (CI runs the suite against the machine's MariaDB that way), otherwise one
 * embedded MariaDB shared by every test in the JVM, because starting one per test class would
 * cost seconds each.
 */
public final class TestDatabase {

    private static String embeddedUrl;

    private TestDatabase() {
    }

    /** Properties that point a test's application context at the test database. */
    public static synchronized Map<String, String> properties() {
        String external = System.getenv("DATASOURCES_DEFAULT_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        if (embeddedUrl == null) {
            try {
                DataDirectory folder = new DataDirectory(Files.createTempDirectory("ehcpqa-test-db").toString());
                embeddedUrl = new EmbeddedMariaDb(folder).jdbcUrl();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of("datasources.default.url", embeddedUrl,
                "datasources.default.username", "root",
                "datasources.default.password", "");
    }
}
