package org.ehcpqa.scoring.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssessmentRepository extends CrudRepository<AssessmentRow, Long> {

    Optional<AssessmentRow> findByVersionIdAndFrameworkIdAndFrameworkHash(long versionId, String frameworkId,
                                                                          String frameworkHash);

    List<AssessmentRow> findByVersionIdOrderByIdDesc(long versionId);

    void deleteByVersionIdAndFrameworkIdAndFrameworkHash(long versionId, String frameworkId, String frameworkHash);
}
