package org.ehcpqa.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

@MappedEntity("plan_section")
record PlanSectionRow(
        @Id @GeneratedValue @Nullable Long id,
        long versionId,
        int position,
        String code,
        String title,
        @MappedProperty("body") String text,
        int startPage) {
}
