package org.ehcpqa.plan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PlanSectionRepository extends CrudRepository<PlanSectionRow, Long> {

    List<PlanSectionRow> findByVersionIdOrderByPosition(long versionId);
}
