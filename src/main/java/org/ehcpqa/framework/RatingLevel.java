package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One step of a rating scale, such as "Good" or "Meets". */
@Serdeable
public record RatingLevel(String id, String label, ScoreBand band, @Nullable String description) {
}
