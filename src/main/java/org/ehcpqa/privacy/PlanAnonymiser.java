package org.ehcpqa.privacy;

import org.ehcpqa.plan.PlanView;

/**
 * The one place personal data is taken out of plan text. Search, exports, reports and training
 * packs all go through it, so a rule fixed here is fixed everywhere.
 */
public interface PlanAnonymiser {

    /**
     * Anonymises one plan version. Placeholders are consistent across the whole plan: the child is
     * "Child A" in every section, the same parent is the same placeholder wherever they appear.
     */
    AnonymisedPlan anonymise(PlanView plan);
}
