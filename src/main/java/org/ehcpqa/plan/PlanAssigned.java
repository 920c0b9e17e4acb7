package org.ehcpqa.plan;

/**
 * Published after a plan's team or caseworker was set by hand and committed: the search index holds
 * the team as a facet, so it re-indexes the plan.
 */
public record PlanAssigned(long planId) {
}
