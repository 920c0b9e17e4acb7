package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * What the front page and section I say about the plan. Any field may be null when the plan does
 * not state it.
 *
 * @param primaryNeed an SEN2 code: ASD, SLCN, SEMH, MLD, SLD, PMLD, SPLD, HI, VI, MSI, PD, DS, OTH
 * @param schoolYear  the National Curriculum year at the issue date, e.g. "Reception", "Year 7",
 *                    "Nursery", or "Post-16 (Year 13)"; null when it cannot be told
 */
@Serdeable
public record PlanMetadata(
        @Nullable String childName,
        @Nullable LocalDate dateOfBirth,
        @Nullable LocalDate issueDate,
        @Nullable IssueStatus issueStatus,
        @Nullable String primaryNeed,
        @Nullable String setting,
        @Nullable Integer ageAtIssue,
        @Nullable String schoolYear) {
}
