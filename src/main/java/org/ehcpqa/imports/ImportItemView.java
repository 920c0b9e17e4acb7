package org.ehcpqa.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One file of an import as the API shows it.
 *
 * @param problemType the refusal's slug ({@code empty-file}, {@code unsupported-type}...), when rejected
 * @param problem     the refusal sentence, when rejected
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportItemView(int position, String fileName, ItemStatus status, @Nullable Long planId,
                             @Nullable String problemType, @Nullable String problem) {

    static ImportItemView of(ImportItemRow row) {
        return new ImportItemView(row.position(), row.fileName(), ItemStatus.valueOf(row.status()),
                row.planId(), row.problemType(), row.problemDetail());
    }
}
