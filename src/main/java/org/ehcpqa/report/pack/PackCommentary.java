package org.ehcpqa.report.pack;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** An example's new commentary; blank or null removes it. Names in it are replaced as in the plan text. */
@Serdeable
public record PackCommentary(
        @Nullable @Size(max = 10000, message = "Commentary may have at most 10000 characters.") String commentary) {
}
