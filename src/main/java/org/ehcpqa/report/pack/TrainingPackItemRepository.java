package org.ehcpqa.report.pack;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TrainingPackItemRepository extends CrudRepository<TrainingPackItemRow, Long> {

    List<TrainingPackItemRow> findByPackIdOrderByPosition(long packId);

    long countByPackId(long packId);

    @Query("SELECT COALESCE(MAX(position), 0) FROM training_pack_item WHERE pack_id = :packId")
    int maxPosition(long packId);

    /** Moves every item of a pack out of the way, so new positions can be set without a clash. */
    @Query("UPDATE training_pack_item SET position = position + 1000000 WHERE pack_id = :packId")
    void liftAll(long packId);

    @Query("UPDATE training_pack_item SET position = :position WHERE id = :id")
    void moveTo(long id, int position);

    @Query("UPDATE training_pack_item SET commentary = :commentary WHERE id = :id")
    void changeCommentary(long id, @Nullable String commentary);
}
