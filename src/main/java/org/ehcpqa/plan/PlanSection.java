package org.ehcpqa.plan;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One statutory section of a plan version.
 *
 * @param title     the heading as written in the plan
 * @param startPage 1-based page on which the section starts
 */
@Serdeable
public record PlanSection(SectionCode code, String title, String text, int startPage) {
}
