package org.ehcpqa.framework;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The scores (0 to 100) that fall into one rating level. Bands are half-open, {@code min <= score < max}, so that
 * adjacent bands share a boundary and no score, however many decimals it has, falls between two levels; the band
 * ending at 100 also holds 100 itself.
 */
@Serdeable
public record ScoreBand(double min, double max) {

    public boolean contains(double score) {
        return score >= min && (score < max || (max == 100.0 && score == 100.0));
    }
}
