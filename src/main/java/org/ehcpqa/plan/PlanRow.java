package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("plan")
record PlanRow(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String childKey,
        @Nullable String team,
        @Nullable String caseworker,
        @Nullable Long currentVersionId) {
}
