package org.ehcpqa.plan;

/**
 * Published after a new plan version has been committed, so features that derive data from it
 * (scoring, the search index) can do so without the plan feature knowing about them.
 *
 * @param bulk true when the version came in through a bulk import, whose caller does not wait for
 *             derived data: listeners may then do their work in the background
 */
public record PlanVersionStored(long planId, long versionId, boolean bulk) {

    public PlanVersionStored(long planId, long versionId) {
        this(planId, versionId, false);
    }
}
