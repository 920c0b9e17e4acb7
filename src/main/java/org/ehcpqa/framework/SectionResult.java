package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.SectionCode;

import java.util.List;

/**
 * A section's weighted score and rating. Score and ratings are null when none of its criteria applied.
 *
 * @param uncappedRating the level the score falls in, before limiting rules
 * @param rating         the level after limiting rules that target this section
 */
@Serdeable
public record SectionResult(SectionCode section, double weight, @Nullable Double score,
                            @Nullable RatingLevel uncappedRating, @Nullable RatingLevel rating,
                            List<CriterionResult> criteria) {

    public SectionResult {
        criteria = List.copyOf(criteria);
    }

    public boolean applicable() {
        return score != null;
    }
}
