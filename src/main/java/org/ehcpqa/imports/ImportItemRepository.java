package org.ehcpqa.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportItemRepository extends CrudRepository<ImportItemRow, Long> {

    List<ImportItemRow> findByJobIdOrderByPosition(long jobId);

    List<ImportItemRow> findByJobIdAndStatusOrderByPosition(long jobId, String status);

    Optional<ImportItemRow> findByStagedName(String stagedName);

    long countByJobIdAndStatus(long jobId, String status);

    long countByJobId(long jobId);

    @Query("SELECT DISTINCT job_id FROM import_item WHERE status = 'PENDING' ORDER BY job_id")
    List<Long> jobsWithPendingItems();

    @Query("SELECT COUNT(*) FROM import_item WHERE sha256 = :sha256 AND status = 'PROCESSED' AND id <> :id")
    long countProcessedElsewhere(String sha256, long id);

    /** Records the outcome once: a second attempt finds the row no longer PENDING and changes nothing. */
    @Query("UPDATE import_item SET status = :status, plan_id = :planId, problem_type = :problemType, "
            + "problem_detail = :problemDetail, finished_at = :finishedAt WHERE id = :id AND status = 'PENDING'")
    int recordOutcome(long id, String status, @Nullable Long planId, @Nullable String problemType,
                      @Nullable String problemDetail, Instant finishedAt);
}
