package org.ehcpqa.plan;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PlanRepository extends CrudRepository<PlanRow, Long> {

    Optional<PlanRow> findByChildKey(String childKey);

    @Query("SELECT current_version_id FROM plan WHERE current_version_id IS NOT NULL ORDER BY id")
    List<Long> findCurrentVersionIds();

    @Query("UPDATE plan SET current_version_id = :versionId WHERE id = :planId")
    void updateCurrentVersion(long planId, long versionId);

    @Query("UPDATE plan SET team = :team, caseworker = :caseworker WHERE id = :planId")
    void updateAssignment(long planId, @io.micronaut.core.annotation.Nullable String team,
                          @io.micronaut.core.annotation.Nullable String caseworker);
}
