package org.ehcpqa.plan;

/**
 * Published after a new plan version has been committed, so features that derive data from it
 * (scoring, the search index) can do so without the plan feature knowing about them.
 */
public record PlanVersionStored(long planId, long versionId) {
}
