package org.ehcpqa.plan;

/**
 * The result of storing a file.
 *
 * @param created false when the same bytes had been stored before and nothing new was written
 */
public record StoredPlan(PlanView plan, boolean created) {
}
