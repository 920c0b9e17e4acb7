package org.ehcpqa.scoring.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssessmentFlagRepository extends CrudRepository<AssessmentFlagRow, Long> {
}
