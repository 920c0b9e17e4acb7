package org.ehcpqa.synthetic;

/** A generated plan file and what it holds. */
public record GeneratedPlan(String fileName, DocumentFormat format, byte[] content, PlanTruth truth) {
}
