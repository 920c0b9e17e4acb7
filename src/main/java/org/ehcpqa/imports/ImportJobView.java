package org.ehcpqa.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * An import job and its progress. {@code done} counts every file with an outcome (processed,
 * duplicate or rejected); {@code items} is left out of listings.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJobView(long id, String source, String status, long total, long done, long processed,
                            long duplicate, long rejected, long pending, String createdBy, Instant createdAt,
                            @Nullable List<ImportItemView> items) {

    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
}
