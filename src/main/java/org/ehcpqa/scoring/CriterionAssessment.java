package org.ehcpqa.scoring;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.SectionCode;

import java.util.List;

/**
 * The scorer's suggestion for one criterion.
 *
 * @param score    0 to 100; null when not applicable or not assessed
 * @param outcomes the outcomes of the checks the criterion names, in framework order; the
 *                 evidence an auditor sees is their findings
 */
public record CriterionAssessment(String criterionId, SectionCode section, CriterionVerdict result,
                                  @Nullable Double score, String explanation, List<CheckOutcome> outcomes) {

    public CriterionAssessment {
        outcomes = List.copyOf(outcomes);
    }

    public List<Finding> findings() {
        return outcomes.stream().flatMap(outcome -> outcome.findings().stream()).toList();
    }
}
