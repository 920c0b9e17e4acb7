package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An auditor's or the scorer's score for one criterion: 0 to 100, or not applicable (a Year 3 plan has no
 * preparing-for-adulthood outcomes to judge). Not applicable is explicit so that a forgotten criterion is an error
 * rather than a silent change to the weights.
 */
@Serdeable
public record CriterionScore(@Nullable Double value) {

    public CriterionScore {
        if (value != null && (value.isNaN() || value < 0 || value > 100)) {
            throw new IllegalArgumentException("a criterion score must be between 0 and 100, not " + value);
        }
    }

    public static CriterionScore of(double value) {
        return new CriterionScore(value);
    }

    public static CriterionScore notApplicable() {
        return new CriterionScore(null);
    }

    public boolean applicable() {
        return value != null;
    }
}
