package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;

/** One rater's rating of a section or of the whole plan (section "OVERALL"). */
record SectionRow(String section, @Nullable String derivedRating, @Nullable Double derivedScore,
                  @Nullable String overrideRating, @Nullable String overrideRationale) {

    static final String OVERALL = "OVERALL";

    /** The rating that counts: the override when there is one. */
    @Nullable
    String rating() {
        return overrideRating != null ? overrideRating : derivedRating;
    }
}
