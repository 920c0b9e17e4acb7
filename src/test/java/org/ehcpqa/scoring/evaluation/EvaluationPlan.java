package org.ehcpqa.scoring.evaluation;

import org.ehcpqa.plan.PlanView;

import java.util.List;

/**
 * A plan of the evaluation set with its ground truth.
 *
 * @param id       stable name used in reports ("gen-07", "hw-03-brackenfield")
 * @param intended how the plan was written: strong plans meet the statutory tests, weak ones do
 *                 not; MIXED plans (one or two slips) are left out of the strong-versus-weak AUC
 * @param labels   every defect the plan is known to hold; anything else a check reports is a
 *                 false positive
 */
public record EvaluationPlan(String id, Subset subset, Intended intended, PlanView plan, List<Label> labels) {

    public EvaluationPlan {
        labels = List.copyOf(labels);
    }

    public enum Subset {
        GENERATED, HAND_WRITTEN
    }

    public enum Intended {
        STRONG, MIXED, WEAK
    }
}
