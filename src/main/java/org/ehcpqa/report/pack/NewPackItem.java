package org.ehcpqa.report.pack;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An example to add to a pack: a section of a plan's current version.
 *
 * @param section    A, B, C, D, E, F, G, H1, H2, I, J or K
 * @param rating     the rating the example shows ("Outstanding", "Requires improvement")
 * @param commentary the auditors' commentary; names in it are replaced as in the plan text
 */
@Serdeable
public record NewPackItem(
        @NotNull(message = "Name the plan the example comes from (planId).") @Positive Long planId,
        @NotBlank(message = "Name the section of the plan (section), e.g. E.") String section,
        @Nullable @Size(max = 100, message = "A rating may have at most 100 characters.") String rating,
        @Nullable @Size(max = 10000, message = "Commentary may have at most 10000 characters.") String commentary) {
}
