package org.ehcpqa.imports;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportJobRepository extends CrudRepository<ImportJobRow, Long> {

    @Query("SELECT * FROM import_job ORDER BY id DESC LIMIT 50")
    List<ImportJobRow> recent();
}
