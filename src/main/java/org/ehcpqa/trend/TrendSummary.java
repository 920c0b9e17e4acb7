package org.ehcpqa.trend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.ehcpqa.audit.AuditFinalised;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps {@code trend_rating_count} in step with final audits. The listener runs inside the transaction that makes
 * the audit final (events are delivered on the publishing thread), so the counts and the audit commit together.
 * Increments are applied in primary-key order so that two audits finalised at once lock rows in the same order.
 */
@Singleton
public class TrendSummary {

    static final String NONE = "";
    static final String MONTH = "M";
    static final String QUARTER = "Q";
    private static final List<String> GRAINS = List.of(MONTH, QUARTER);
    private static final String QUARTER_START = "DATE_SUB(%1$s, INTERVAL (MONTH(%1$s) - 1) %% 3 MONTH)";

    private final JdbcOperations jdbc;

    TrendSummary(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void onFinal(AuditFinalised audit) {
        LocalDate month = audit.auditedOn().withDayOfMonth(1);
        List<Increment> increments = new ArrayList<>();
        for (AuditFinalised.ConfirmedRating rating : audit.sections()) {
            increments.add(new Increment(Dimension.SECTION, rating.section(), NONE, rating.rating()));
            increments.add(new Increment(Dimension.TEAM, rating.section(), value(audit.team()), rating.rating()));
            increments.add(new Increment(Dimension.CASEWORKER, rating.section(), value(audit.caseworker()),
                    rating.rating()));
            increments.add(new Increment(Dimension.NEED, rating.section(), value(audit.primaryNeed()), rating.rating()));
            increments.add(new Increment(Dimension.PHASE, rating.section(), value(audit.phase()), rating.rating()));
        }
        for (AuditFinalised.ConfirmedCriterion criterion : audit.criteria()) {
            increments.add(new Increment(Dimension.CRITERION, criterion.section(), criterion.criterionId(),
                    criterion.result().name()));
        }
        increments.sort(Comparator.comparing((Increment i) -> i.dimension().name()).thenComparing(Increment::section)
                .thenComparing(Increment::value).thenComparing(Increment::level));
        LocalDate quarter = quarterOf(month);
        jdbc.prepareStatement("INSERT INTO trend_rating_count (framework_id, dimension, grain, section, month,"
                + " dim_value, level, n) VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE n = n + 1", statement -> {
            for (Increment increment : increments) {
                for (String grain : GRAINS) {
                    statement.setString(1, audit.frameworkId());
                    statement.setString(2, increment.dimension().name());
                    statement.setString(3, grain);
                    statement.setString(4, increment.section());
                    statement.setDate(5, Date.valueOf(grain.equals(MONTH) ? month : quarter));
                    statement.setString(6, increment.value());
                    statement.setString(7, increment.level());
                    statement.addBatch();
                }
            }
            return statement.executeBatch();
        });
    }

    /**
     * Recomputes every count from the final audits: the confirmed rating of a section is the agreed one after
     * moderation, else the auditor's override, else the derived rating. Returns the number of count rows.
     */
    @Transactional
    public long rebuild() {
        jdbc.prepareStatement("DELETE FROM trend_rating_count", statement -> statement.executeUpdate());
        String confirmed = "SELECT a.framework_id, s.section, DATE_SUB(a.audited_on, INTERVAL DAYOFMONTH(a.audited_on) - 1 DAY) AS month,"
                + " a.team, a.caseworker, a.primary_need, a.phase,"
                + " COALESCE(g.rating, s.override_rating, s.derived_rating) AS rating"
                + " FROM audit a JOIN audit_section s ON s.audit_id = a.id AND s.rater = 'AUDITOR'"
                + " LEFT JOIN audit_agreement g ON g.audit_id = a.id AND g.section = s.section"
                + " WHERE a.status = 'FINAL' AND a.audited_on IS NOT NULL";
        insertGrouped(confirmed, "SECTION", "''");
        insertGrouped(confirmed, "TEAM", "COALESCE(team, '')");
        insertGrouped(confirmed, "CASEWORKER", "COALESCE(caseworker, '')");
        insertGrouped(confirmed, "NEED", "COALESCE(primary_need, '')");
        insertGrouped(confirmed, "PHASE", "COALESCE(phase, '')");
        String judged = "SELECT a.framework_id, c.section,"
                + " DATE_SUB(a.audited_on, INTERVAL DAYOFMONTH(a.audited_on) - 1 DAY) AS month,"
                + " c.criterion_id, c.result FROM audit a JOIN audit_criterion c ON c.audit_id = a.id"
                + " AND c.rater = 'AUDITOR' WHERE a.status = 'FINAL' AND a.audited_on IS NOT NULL AND c.result IS NOT NULL";
        for (String grain : GRAINS) {
            jdbc.prepareStatement("INSERT INTO trend_rating_count (framework_id, dimension, grain, section, month,"
                    + " dim_value, level, n) SELECT framework_id, 'CRITERION', '" + grain + "', section, "
                    + period(grain) + ", criterion_id, result, COUNT(*) FROM (" + judged + ") judged"
                    + " GROUP BY 1, 2, 3, 4, 5, 6, 7", statement -> statement.executeUpdate());
        }
        return jdbc.prepareStatement("SELECT COUNT(*) FROM trend_rating_count", statement -> {
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void insertGrouped(String confirmed, String dimension, String valueExpression) {
        for (String grain : GRAINS) {
            jdbc.prepareStatement("INSERT INTO trend_rating_count (framework_id, dimension, grain, section, month,"
                    + " dim_value, level, n) SELECT framework_id, '" + dimension + "', '" + grain + "', section, "
                    + period(grain) + ", " + valueExpression + ", rating, COUNT(*) FROM (" + confirmed + ") confirmed"
                    + " WHERE rating IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7", statement -> statement.executeUpdate());
        }
    }

    private static String period(String grain) {
        return grain.equals(MONTH) ? "month" : QUARTER_START.formatted("month");
    }

    static LocalDate quarterOf(LocalDate month) {
        return month.withDayOfMonth(1).minusMonths((month.getMonthValue() - 1) % 3);
    }

    private static String value(@Nullable String value) {
        return value == null ? NONE : value;
    }

    private record Increment(Dimension dimension, String section, String value, String level) {
    }
}
