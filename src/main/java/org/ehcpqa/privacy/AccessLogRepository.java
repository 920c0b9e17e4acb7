package org.ehcpqa.privacy;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AccessLogRepository extends CrudRepository<AccessLogRow, Long> {

    List<AccessLogRow> findByPlanIdOrderByIdDesc(long planId);
}
