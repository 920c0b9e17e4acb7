package org.ehcpqa.plan;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PlanRepository extends CrudRepository<PlanRow, Long> {

    Optional<PlanRow> findByChildKey(String childKey);

    @Query("UPDATE plan SET current_version_id = :versionId WHERE id = :planId")
    void updateCurrentVersion(long planId, long versionId);
}
