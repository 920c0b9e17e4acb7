package org.ehcpqa.report.pack;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A pack to create, or a pack's new title and description. */
@Serdeable
public record NewTrainingPack(
        @NotBlank(message = "A training pack needs a title.")
        @Size(max = 200, message = "A title may have at most 200 characters.") String title,
        @Nullable @Size(max = 2000, message = "A description may have at most 2000 characters.") String description) {
}
