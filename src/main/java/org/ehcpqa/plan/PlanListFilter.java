package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;

/**
 * What a list of plans is narrowed to; null fields do not narrow.
 *
 * @param status    PROCESSED, NEEDS_OCR, or UNSCORED (processed but without an assessment by the framework)
 * @param rating    the overall rating level id of the framework's latest assessment ("good")
 * @param flag      a check code ("vague_provision_wording") the latest assessment flagged
 * @param framework the framework whose assessments give rating, flag and UNSCORED
 * @param page      1-based
 */
public record PlanListFilter(@Nullable String need, @Nullable SchoolPhase phase, @Nullable String team,
                             @Nullable String status, @Nullable String rating, @Nullable String flag,
                             String framework, int page, int pageSize) {

    public static final String UNSCORED = "UNSCORED";

    public PlanListFilter {
        page = Math.max(1, page);
        pageSize = Math.min(Math.max(1, pageSize), 200);
    }
}
