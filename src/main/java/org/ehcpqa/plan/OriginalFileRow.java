package org.ehcpqa.plan;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("original_file")
record OriginalFileRow(@Id String sha256, long sizeBytes, String mediaType) {
}
