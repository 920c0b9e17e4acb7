package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.ehcpqa.framework.Criterion;
import org.ehcpqa.framework.FrameworkRegistry;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * What other features read about audits: summaries, findings and criteria not met (practice events), and criterion
 * judgements of one team or caseworker (trends).
 */
@Singleton
public class AuditLookups {

    private final JdbcOperations jdbc;
    private final AuditStore store;
    private final FrameworkRegistry frameworks;

    AuditLookups(JdbcOperations jdbc, AuditStore store, FrameworkRegistry frameworks) {
        this.jdbc = jdbc;
        this.store = store;
        this.frameworks = frameworks;
    }

    /** A finding with the audit it belongs to. */
    @Serdeable
    public record LinkedFinding(long findingId, long auditId, FindingKind kind, @Nullable String section,
                                @Nullable String criterionId, String text) {
    }

    /** How often a criterion was judged not met in a set of audits, of the times it was judged at all. */
    @Serdeable
    public record CriterionTally(String criterionId, String section, String text, long notMet, long judged) {
    }

    /** How many times the first auditors of final audits gave a criterion one judgement. */
    public record JudgementCount(String criterionId, String result, long count) {
    }

    @Transactional(readOnly = true)
    public List<AuditSummary> summaries(Collection<Long> auditIds) {
        List<AuditSummary> summaries = new ArrayList<>();
        for (long id : auditIds) {
            store.find(id).ifPresent(row -> summaries.add(AuditSummary.of(row)));
        }
        return summaries;
    }

    @Transactional(readOnly = true)
    public List<LinkedFinding> findings(Collection<Long> findingIds) {
        if (findingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("SELECT id, audit_id, kind, section, criterion_id, text FROM audit_finding"
                + " WHERE id IN (" + placeholders(findingIds.size()) + ") ORDER BY id", statement -> {
            int i = 1;
            for (long id : findingIds) {
                statement.setLong(i++, id);
            }
            List<LinkedFinding> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new LinkedFinding(rs.getLong(1), rs.getLong(2), FindingKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return rows;
        });
    }

    /**
     * The findings of those of these audits that are final, oldest first, at most {@code limit}: what a practice
     * event's organisers may link. Findings of audits still in progress are left out, because a QA officer may be
     * rating one of them blind as its moderator and must not read the auditor's findings through the event.
     */
    @Transactional(readOnly = true)
    public List<LinkedFinding> findingsOfFinalAudits(Collection<Long> auditIds, int limit) {
        if (auditIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("SELECT f.id, f.audit_id, f.kind, f.section, f.criterion_id, f.text"
                + " FROM audit_finding f JOIN audit a ON a.id = f.audit_id AND a.status = 'FINAL'"
                + " WHERE f.audit_id IN (" + placeholders(auditIds.size()) + ") ORDER BY f.id LIMIT "
                + Math.max(1, limit), statement -> {
            int i = 1;
            for (long id : auditIds) {
                statement.setLong(i++, id);
            }
            List<LinkedFinding> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new LinkedFinding(rs.getLong(1), rs.getLong(2), FindingKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return rows;
        });
    }

    /** The criteria most often judged not met by the first auditors of these audits, most often first. */
    @Transactional(readOnly = true)
    public List<CriterionTally> mostOftenNotMet(Collection<Long> auditIds, int limit) {
        if (auditIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> counts = jdbc.prepareStatement("SELECT a.framework_id, a.framework_hash, c.criterion_id,"
                + " c.section, SUM(c.result = 'NOT_MET'), COUNT(*) FROM audit_criterion c JOIN audit a ON a.id = c.audit_id"
                + " WHERE c.rater = 'AUDITOR' AND c.result IN ('MET', 'PARTLY_MET', 'NOT_MET') AND c.audit_id IN ("
                + placeholders(auditIds.size()) + ") GROUP BY a.framework_id, a.framework_hash, c.criterion_id, c.section"
                + " HAVING SUM(c.result = 'NOT_MET') > 0", statement -> {
            int i = 1;
            for (long id : auditIds) {
                statement.setLong(i++, id);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getLong(6)});
                }
            }
            return rows;
        });
        List<CriterionTally> tallies = new ArrayList<>();
        for (Object[] row : counts) {
            String criterionId = (String) row[2];
            String text = frameworks.findVersion((String) row[0], (String) row[1])
                    .flatMap(framework -> framework.criterion(criterionId)).map(Criterion::text).orElse(criterionId);
            tallies.add(new CriterionTally(criterionId, (String) row[3], text, (Long) row[4], (Long) row[5]));
        }
        tallies.sort((a, b) -> a.notMet() != b.notMet() ? Long.compare(b.notMet(), a.notMet())
                : a.criterionId().compareTo(b.criterionId()));
        return tallies.subList(0, Math.min(limit, tallies.size()));
    }

    /**
     * The criterion judgements of the final audits of one framework and team or caseworker, counted per criterion and
     * judgement: the figures the trend counts keep for everyone, which cannot be cut by people (they are kept per
     * period and section only). Audits are taken by the day they were audited, from {@code from} (inclusive) to
     * {@code before} (exclusive); null leaves that end open.
     */
    @Transactional(readOnly = true)
    public List<JudgementCount> judgements(String frameworkId, @Nullable LocalDate from, @Nullable LocalDate before,
                                           @Nullable String section, PlanPeople people) {
        String sql = "SELECT c.criterion_id, c.result, COUNT(*) FROM audit a"
                + " JOIN audit_criterion c ON c.audit_id = a.id AND c.rater = 'AUDITOR'"
                + " WHERE a.status = 'FINAL' AND a.framework_id = ? AND a.audited_on IS NOT NULL"
                + (from == null ? "" : " AND a.audited_on >= ?") + (before == null ? "" : " AND a.audited_on < ?")
                + " AND c.result IS NOT NULL" + (section == null ? "" : " AND c.section = ?") + people.where()
                + " GROUP BY c.criterion_id, c.result";
        return jdbc.prepareStatement(sql, statement -> {
            int next = 1;
            statement.setString(next++, frameworkId);
            if (from != null) {
                statement.setDate(next++, Date.valueOf(from));
            }
            if (before != null) {
                statement.setDate(next++, Date.valueOf(before));
            }
            if (section != null) {
                statement.setString(next++, section);
            }
            people.bind(statement, next);
            List<JudgementCount> counts = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.add(new JudgementCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return counts;
        });
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
