package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

/** The body of PATCH /api/plans/{id}: who the plan belongs to. */
@Serdeable
public record PlanAssignment(@Nullable @Size(max = 100) String team, @Nullable @Size(max = 200) String caseworker) {
}
