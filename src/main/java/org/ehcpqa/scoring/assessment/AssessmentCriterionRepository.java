package org.ehcpqa.scoring.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssessmentCriterionRepository extends CrudRepository<AssessmentCriterionRow, Long> {

    List<AssessmentCriterionRow> findByAssessmentId(long assessmentId);
}
