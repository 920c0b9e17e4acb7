package org.ehcpqa.support;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Base of the HTTP integration tests: the test database, a data folder of the test's own and a
 * known administrator password. Property providers need one test instance per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public interface TestApplication extends TestPropertyProvider {

    String ADMIN = "admin";
    String ADMIN_PASSWORD = "test-admin-password";

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.properties());
        try {
            properties.put("ehcpqa.data-dir", Files.createTempDirectory("ehcpqa-test-data").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("ehcpqa.admin.username", ADMIN);
        properties.put("ehcpqa.admin.password", ADMIN_PASSWORD);
        properties.put("micronaut.server.port", "-1");
        // Each test class starts with an empty index over the database all classes share: the
        // start-up drift repair would re-index every other class's plans and starve the tests' own.
        properties.put("ehcpqa.search.drift-check", "false");
        return properties;
    }
}
