package org.ehcpqa.ingest;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestLimitsTest {

    @Test
    void bindsTheShippedConfigurationAndMatchesTheDefaults() {
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("datasources.default.enabled", false, "flyway.enabled", false))
                .start()) {
            IngestLimits limits = context.getBean(IngestLimits.class);

            assertThat(limits.maxUploadBytes()).isEqualTo(52_428_800L);
            assertThat(limits.maxPages()).isEqualTo(1000);
            assertThat(limits.maxCharacters()).isEqualTo(5_000_000);
            assertThat(limits.parseTimeout()).isEqualTo(Duration.ofSeconds(60));
            assertThat(limits.fontCacheDir()).isNullOrEmpty();
            assertThat(limits).isEqualTo(new IngestLimits(limits.maxUploadBytes(), limits.maxPages(),
                    limits.maxCharacters(), limits.parseTimeout(), 100, 1_048_576, 524_288_000, 5000, 0,
                    limits.fontCacheDir()));
            assertThat(context.getBean(DocumentExtractor.class)
                    .extract("Section A".getBytes(), "a.txt").text()).startsWith("Section A");
        }
    }

    @Test
    void nonsenseValuesFailAtStartup() {
        assertThatThrownBy(() -> new IngestLimits(0, 1000, 5_000_000, Duration.ofSeconds(60),
                100, 1_048_576, 524_288_000, 5000, 0, null))
                .hasMessageContaining("ehcpqa.ingest.max-upload-bytes");
        assertThatThrownBy(() -> new IngestLimits(1, 1000, 5_000_000, Duration.ZERO,
                100, 1_048_576, 524_288_000, 5000, 0, null))
                .hasMessageContaining("ehcpqa.ingest.parse-timeout");
    }
}
