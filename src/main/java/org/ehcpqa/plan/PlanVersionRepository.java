package org.ehcpqa.plan;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PlanVersionRepository extends CrudRepository<PlanVersionRow, Long> {

    Optional<PlanVersionRow> findBySha256(String sha256);

    List<PlanVersionRow> findByPlanIdOrderByVersionNumber(long planId);

    @Query("SELECT COALESCE(MAX(version_number), 0) FROM plan_version WHERE plan_id = :planId")
    int maxVersionNumber(long planId);
}
