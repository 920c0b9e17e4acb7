package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;

/** One rater's judgement of one criterion, beside the automatic suggestion (table audit_criterion). */
record CriterionRow(String criterionId, String section, int position, @Nullable String suggestedResult,
                    @Nullable Double suggestedScore, @Nullable String explanation, @Nullable String evidenceJson,
                    @Nullable Judgement result, @Nullable String comment) {
}
