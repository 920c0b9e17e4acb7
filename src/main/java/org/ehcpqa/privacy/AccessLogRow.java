package org.ehcpqa.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

@MappedEntity("access_log")
record AccessLogRow(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        long planId,
        @Nullable Long versionId,
        String action,
        @DateCreated @MappedProperty("at") @Nullable Instant at) {
}
