package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A criterion's score and the level it falls in; both null when the criterion did not apply. */
@Serdeable
public record CriterionResult(String criterionId, double weight, @Nullable Double score,
                              @Nullable RatingLevel rating) {
}
