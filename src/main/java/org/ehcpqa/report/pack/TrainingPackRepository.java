package org.ehcpqa.report.pack;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TrainingPackRepository extends CrudRepository<TrainingPackRow, Long> {

    /** Locks the pack row for the rest of the transaction, so edits of one pack queue behind each other. */
    @Query("SELECT id FROM training_pack WHERE id = :id FOR UPDATE")
    Optional<Long> lock(long id);

    @Query("UPDATE training_pack SET updated_at = CURRENT_TIMESTAMP(3) WHERE id = :id")
    void touch(long id);

    @Query("UPDATE training_pack SET title = :title, description = :description, updated_at = CURRENT_TIMESTAMP(3)"
            + " WHERE id = :id")
    void rename(long id, String title, @Nullable String description);

    @Query("SELECT * FROM training_pack ORDER BY updated_at DESC, id DESC")
    List<TrainingPackRow> newestFirst();
}
