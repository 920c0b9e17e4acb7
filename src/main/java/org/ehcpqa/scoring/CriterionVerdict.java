package org.ehcpqa.scoring;

/**
 * What the automatic checks suggest about one criterion. NOT_ASSESSED is kept apart from
 * NOT_APPLICABLE: the first means no automatic check covers the criterion and an auditor must
 * judge it, the second that the plan gives the checks nothing to judge (no Year 9 outcomes due).
 */
public enum CriterionVerdict {
    MET, PARTLY_MET, NOT_MET, NOT_APPLICABLE, NOT_ASSESSED
}
