package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A quotation of a plan section's text at [start, end). */
@Serdeable
public record EvidenceSpan(@Nullable String section, String text, int start, int end) {
}
