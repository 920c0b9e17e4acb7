package org.ehcpqa.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("import_job")
record ImportJobRow(
        @Id @GeneratedValue @Nullable Long id,
        String source,
        String createdBy,
        @Nullable String team,
        @Nullable String caseworker,
        Instant createdAt) {
}
