package org.ehcpqa.scoring.assessment;

/**
 * Published after an assessment has been committed, so features that show ratings and flags next
 * to plans (the search index) can refresh them without scoring knowing about them.
 */
public record AssessmentStored(long planId, long versionId) {
}
