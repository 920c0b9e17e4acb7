package org.ehcpqa.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("import_item")
record ImportItemRow(
        @Id @GeneratedValue @Nullable Long id,
        long jobId,
        int position,
        String fileName,
        String sha256,
        long sizeBytes,
        String stagedName,
        String status,
        @Nullable Long planId,
        @Nullable String problemType,
        @Nullable String problemDetail,
        Instant stagedAt,
        @Nullable Instant finishedAt) {
}
