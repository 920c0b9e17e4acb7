package org.ehcpqa.report.pack;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** Every item id of a pack, in the new order. */
@Serdeable
public record PackOrder(@NotNull(message = "List the pack's item ids in their new order (itemIds).") List<Long> itemIds) {
}
