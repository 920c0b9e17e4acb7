package org.ehcpqa.plan;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OriginalFileRepository extends CrudRepository<OriginalFileRow, String> {

    /** Records an accepted original; a second plan with the same bytes finds it there already. */
    @Query("INSERT IGNORE INTO original_file (sha256, size_bytes, media_type) VALUES (:sha256, :sizeBytes, :mediaType)")
    void insertIfAbsent(String sha256, long sizeBytes, String mediaType);
}
