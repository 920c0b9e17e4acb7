package org.ehcpqa.system;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ehcpqa.*} setting in application.yml is read by the code under that exact name. A key
 * indented under the wrong parent is valid YAML and silently does nothing, and so does the
 * environment variable an operator sets for it: the bulk-scoring threads once sat under
 * {@code ehcpqa.reports} this way.
 */
class SettingsFileTest {

    private static final Pattern BOUND_PREFIX = Pattern.compile("@ConfigurationProperties\\(\"([a-z.-]+)\"\\)");

    @Test
    void everyServiceSettingInTheFileIsReadUnderItsName() throws IOException {
        Map<String, Object> file;
        try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
            file = new Yaml().load(in);
        }
        List<String> keys = new ArrayList<>();
        flatten("ehcpqa", file.get("ehcpqa"), keys);
        List<String> sources = mainSources();

        assertThat(keys).as("settings under ehcpqa").hasSizeGreaterThan(20);
        assertThat(keys).filteredOn(key -> !isRead(key, sources)).as("settings nothing reads").isEmpty();
    }

    @Test
    void aSettingUnderTheWrongParentIsCaught() throws IOException {
        List<String> sources = mainSources();

        assertThat(isRead("ehcpqa.assessment.bulk-scoring-threads", sources)).isTrue();
        assertThat(isRead("ehcpqa.reports.bulk-scoring-threads", sources)).isFalse();
        assertThat(isRead("ehcpqa.ingest.max-pages", sources)).isTrue();
        assertThat(isRead("ehcpqa.import.max-pages", sources)).isFalse();
    }

    /**
     * Read when the code names the key in a placeholder or a lookup, looks it up by its parent plus a
     * name it computes (one per framework, say), or binds the parent with {@code @ConfigurationProperties}
     * to a type that has the key's last part as a member.
     */
    private static boolean isRead(String key, List<String> sources) {
        int dot = key.lastIndexOf('.');
        String parent = key.substring(0, dot);
        String member = camelCase(key.substring(dot + 1));
        Pattern memberName = Pattern.compile("\\b" + member + "\\b");
        for (String source : sources) {
            if (source.contains("${" + key + ":") || source.contains("${" + key + "}")
                    || source.contains("\"" + key + "\"") || source.contains("\"" + parent + ".\"")) {
                return true;
            }
            Matcher bound = BOUND_PREFIX.matcher(source);
            if (bound.find() && bound.group(1).equals(parent) && memberName.matcher(source).find()) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, List<String> keys) {
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((name, child) -> flatten(prefix + "." + name, child, keys));
        } else {
            keys.add(prefix);
        }
    }

    private static String camelCase(String kebab) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static List<String> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(path -> path.toString().endsWith(".java")).map(path -> {
                try {
                    return Files.readString(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
