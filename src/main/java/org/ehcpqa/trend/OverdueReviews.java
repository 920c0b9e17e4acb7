package org.ehcpqa.trend;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Plans whose current (newest issued) version was issued more than twelve months before {@code asOf}: the annual
 * review (Children and Families Act 2014 s44) is overdue unless a newer plan simply has not been loaded.
 */
@Serdeable
public record OverdueReviews(LocalDate asOf, int total, List<Plan> plans) {

    @Serdeable
    public record Plan(long planId, long versionId, @Nullable String team, @Nullable String caseworker,
                       LocalDate issueDate, LocalDate reviewDue, long daysOverdue) {
    }
}
