package org.ehcpqa.report.pack;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** commentary is stored already rewritten by the plan's anonymiser. */
@MappedEntity("training_pack_item")
record TrainingPackItemRow(
        @Id @GeneratedValue @Nullable Long id,
        long packId,
        int position,
        long planId,
        long versionId,
        String section,
        @Nullable String rating,
        @Nullable String commentary,
        String addedBy,
        @DateCreated @Nullable Instant addedAt) {
}
