package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The audit tables. Every method runs on the caller's transaction (the service marks its methods
 * {@code @Transactional}); nothing here commits.
 */
@Singleton
class AuditStore {

    private static final String AUDIT_COLUMNS = "id, plan_id, version_id, framework_id, framework_hash,"
            + " framework_version, status, origin, auditor, moderator, moderation_status, team, caseworker,"
            + " primary_need, phase, issue_date, audited_on, lock_version, created_by, created_at, updated_at,"
            + " submitted_at, moderated_at, finalised_at";

    private final JdbcOperations jdbc;

    AuditStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long insertAudit(AuditRow row) {
        return jdbc.execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit (plan_id, version_id,"
                    + " framework_id, framework_hash, framework_version, status, origin, auditor, team, caseworker,"
                    + " primary_need, phase, issue_date, audited_on, created_by, submitted_at, moderated_at,"
                    + " finalised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                setLong(insert, 1, row.planId());
                setLong(insert, 2, row.versionId());
                insert.setString(3, row.frameworkId());
                insert.setString(4, row.frameworkHash());
                insert.setString(5, row.frameworkVersion());
                insert.setString(6, row.status().name());
                insert.setString(7, row.origin());
                insert.setString(8, row.auditor());
                insert.setString(9, row.team());
                insert.setString(10, row.caseworker());
                insert.setString(11, row.primaryNeed());
                insert.setString(12, row.phase());
                setDate(insert, 13, row.issueDate());
                setDate(insert, 14, row.auditedOn());
                insert.setString(15, row.createdBy());
                setInstant(insert, 16, row.submittedAt());
                setInstant(insert, 17, row.moderatedAt());
                setInstant(insert, 18, row.finalisedAt());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    Optional<AuditRow> find(long id) {
        return jdbc.prepareStatement("SELECT " + AUDIT_COLUMNS + " FROM audit WHERE id = ?", statement -> {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(audit(rs)) : Optional.<AuditRow>empty();
            }
        });
    }

    List<AuditRow> list(@Nullable AuditStatus status, @Nullable String auditor, @Nullable Long planId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + AUDIT_COLUMNS + " FROM audit WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.name());
        }
        if (auditor != null) {
            sql.append(" AND (auditor = ? OR moderator = ?)");
            args.add(auditor);
            args.add(auditor);
        }
        if (planId != null) {
            sql.append(" AND plan_id = ?");
            args.add(planId);
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(limit);
        return jdbc.prepareStatement(sql.toString(), statement -> {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            List<AuditRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(audit(rs));
                }
            }
            return rows;
        });
    }

    Map<AuditStatus, Long> countByStatus() {
        return jdbc.prepareStatement("SELECT status, COUNT(*) FROM audit GROUP BY status", statement -> {
            Map<AuditStatus, Long> counts = new EnumMap<>(AuditStatus.class);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(AuditStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    /** Audits by the day they were audited (or opened, when not yet submitted), oldest first. */
    List<AuditRow> listBetween(@Nullable LocalDate from, @Nullable LocalDate to, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + AUDIT_COLUMNS + " FROM audit WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" AND COALESCE(audited_on, DATE(created_at)) >= ?");
            args.add(Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" AND COALESCE(audited_on, DATE(created_at)) <= ?");
            args.add(Date.valueOf(to));
        }
        sql.append(" ORDER BY COALESCE(audited_on, DATE(created_at)), id LIMIT ").append(limit);
        return jdbc.prepareStatement(sql.toString(), statement -> {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            List<AuditRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(audit(rs));
                }
            }
            return rows;
        });
    }

    /**
     * The optimistic lock: moves the audit to the next version only if it is still at the one the writer read and
     * in a status that allows the write. Zero means someone else got there first (or the status forbids it); the
     * caller finds out which. The row stays locked until the caller's transaction ends, so writes queue here.
     */
    int bump(long id, int expectedVersion, Collection<AuditStatus> allowed) {
        String statuses = allowed.stream().map(status -> "'" + status.name() + "'").collect(Collectors.joining(","));
        return jdbc.prepareStatement("UPDATE audit SET lock_version = lock_version + 1,"
                + " updated_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND lock_version = ? AND status IN (" + statuses + ")",
                statement -> {
                    statement.setLong(1, id);
                    statement.setInt(2, expectedVersion);
                    return statement.executeUpdate();
                });
    }

    void setStatus(long id, AuditStatus status, String timestampColumn) {
        update("UPDATE audit SET status = ?, " + timestampColumn + " = CURRENT_TIMESTAMP(3) WHERE id = ?",
                status.name(), id);
    }

    void setAuditedOn(long id, LocalDate day) {
        update("UPDATE audit SET audited_on = ? WHERE id = ?", Date.valueOf(day), id);
    }

    void setModeration(long id, @Nullable String moderator, @Nullable String moderationStatus) {
        update("UPDATE audit SET moderator = ?, moderation_status = ? WHERE id = ?", moderator, moderationStatus, id);
    }

    void setPlanFacts(long id, @Nullable String team, @Nullable String caseworker) {
        update("UPDATE audit SET team = ?, caseworker = ? WHERE id = ?", team, caseworker, id);
    }

    void insertCriteria(long auditId, Rater rater, List<CriterionRow> rows) {
        jdbc.prepareStatement("INSERT INTO audit_criterion (audit_id, rater, criterion_id, section, position,"
                + " suggested_result, suggested_score, explanation, evidence_json, result, comment)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            for (CriterionRow row : rows) {
                statement.setLong(1, auditId);
                statement.setString(2, rater.name());
                statement.setString(3, row.criterionId());
                statement.setString(4, row.section());
                statement.setInt(5, row.position());
                statement.setString(6, row.suggestedResult());
                if (row.suggestedScore() == null) {
                    statement.setNull(7, Types.DOUBLE);
                } else {
                    statement.setDouble(7, row.suggestedScore());
                }
                statement.setString(8, row.explanation());
                statement.setString(9, row.evidenceJson());
                statement.setString(10, row.result() == null ? null : row.result().name());
                statement.setString(11, row.comment());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    List<CriterionRow> criteria(long auditId, Rater rater) {
        return jdbc.prepareStatement("SELECT criterion_id, section, position, suggested_result, suggested_score,"
                + " explanation, evidence_json, result, comment FROM audit_criterion WHERE audit_id = ? AND rater = ?"
                + " ORDER BY position", statement -> {
            statement.setLong(1, auditId);
            statement.setString(2, rater.name());
            List<CriterionRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    double score = rs.getDouble(5);
                    Double suggestedScore = rs.wasNull() ? null : score;
                    String result = rs.getString(8);
                    rows.add(new CriterionRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            suggestedScore, rs.getString(6), rs.getString(7),
                            result == null ? null : Judgement.valueOf(result), rs.getString(9)));
                }
            }
            return rows;
        });
    }

    void updateCriterion(long auditId, Rater rater, String criterionId, @Nullable Judgement result,
                         @Nullable String comment) {
        update("UPDATE audit_criterion SET result = ?, comment = ? WHERE audit_id = ? AND rater = ? AND criterion_id = ?",
                result == null ? null : result.name(), comment, auditId, rater.name(), criterionId);
    }

    /** Replaces the derived ratings of one rater, keeping any overrides. */
    void saveDerived(long auditId, Rater rater, List<SectionRow> derived) {
        jdbc.prepareStatement("INSERT INTO audit_section (audit_id, rater, section, derived_rating, derived_score)"
                + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE derived_rating = VALUES(derived_rating),"
                + " derived_score = VALUES(derived_score)", statement -> {
            for (SectionRow row : derived) {
                statement.setLong(1, auditId);
                statement.setString(2, rater.name());
                statement.setString(3, row.section());
                statement.setString(4, row.derivedRating());
                if (row.derivedScore() == null) {
                    statement.setNull(5, Types.DOUBLE);
                } else {
                    statement.setDouble(5, row.derivedScore());
                }
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    void setOverride(long auditId, Rater rater, String section, @Nullable String rating, @Nullable String rationale) {
        update("UPDATE audit_section SET override_rating = ?, override_rationale = ? WHERE audit_id = ? AND rater = ?"
                + " AND section = ?", rating, rationale, auditId, rater.name(), section);
    }

    List<SectionRow> sections(long auditId, Rater rater) {
        return jdbc.prepareStatement("SELECT section, derived_rating, derived_score, override_rating, override_rationale"
                + " FROM audit_section WHERE audit_id = ? AND rater = ?", statement -> {
            statement.setLong(1, auditId);
            statement.setString(2, rater.name());
            List<SectionRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    double score = rs.getDouble(3);
                    rows.add(new SectionRow(rs.getString(1), rs.getString(2), rs.wasNull() ? null : score,
                            rs.getString(4), rs.getString(5)));
                }
            }
            return rows;
        });
    }

    void saveAgreement(long auditId, String section, String rating, String rationale, String agreedBy) {
        update("INSERT INTO audit_agreement (audit_id, section, rating, rationale, agreed_by) VALUES (?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE rating = VALUES(rating), rationale = VALUES(rationale),"
                + " agreed_by = VALUES(agreed_by), agreed_at = CURRENT_TIMESTAMP(3)",
                auditId, section, rating, rationale, agreedBy);
    }

    List<AgreementRow> agreements(long auditId) {
        return jdbc.prepareStatement("SELECT section, rating, rationale, agreed_by, agreed_at FROM audit_agreement"
                + " WHERE audit_id = ?", statement -> {
            statement.setLong(1, auditId);
            List<AgreementRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AgreementRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
            return rows;
        });
    }

    long insertFinding(FindingRow row) {
        return jdbc.execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_finding (audit_id, kind,"
                    + " section, criterion_id, text, evidence_text, evidence_start, evidence_end, action_owner,"
                    + " action_due, action_status, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindFinding(insert, row);
                insert.setString(12, row.createdBy());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    void updateFinding(FindingRow row) {
        jdbc.prepareStatement("UPDATE audit_finding SET audit_id = ?, kind = ?, section = ?, criterion_id = ?,"
                + " text = ?, evidence_text = ?, evidence_start = ?, evidence_end = ?, action_owner = ?,"
                + " action_due = ?, action_status = ? WHERE id = ?", statement -> {
            bindFinding(statement, row);
            statement.setLong(12, row.id());
            return statement.executeUpdate();
        });
    }

    void setActionStatus(long findingId, ActionStatus status) {
        update("UPDATE audit_finding SET action_status = ? WHERE id = ?", status.name(), findingId);
    }

    void deleteFinding(long auditId, long findingId) {
        update("DELETE FROM audit_finding WHERE audit_id = ? AND id = ?", auditId, findingId);
    }

    List<FindingRow> findings(long auditId) {
        return findingsWhere("audit_id = ?", auditId);
    }

    Optional<FindingRow> finding(long auditId, long findingId) {
        return findingsWhere("audit_id = ? AND id = ?", auditId, findingId).stream().findFirst();
    }

    private List<FindingRow> findingsWhere(String where, Object... args) {
        return jdbc.prepareStatement("SELECT id, audit_id, kind, section, criterion_id, text, evidence_text,"
                + " evidence_start, evidence_end, action_owner, action_due, action_status, created_by, created_at"
                + " FROM audit_finding WHERE " + where + " ORDER BY id", statement -> {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<FindingRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Date due = rs.getDate(11);
                    String status = rs.getString(12);
                    rows.add(new FindingRow(rs.getLong(1), rs.getLong(2), FindingKind.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            (Integer) rs.getObject(8, Integer.class), (Integer) rs.getObject(9, Integer.class),
                            rs.getString(10), due == null ? null : due.toLocalDate(),
                            status == null ? null : ActionStatus.valueOf(status), rs.getString(13),
                            rs.getTimestamp(14).toInstant()));
                }
            }
            return rows;
        });
    }

    void trail(long auditId, String username, List<String[]> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO audit_trail (audit_id, username, field, old_value, new_value)"
                + " VALUES (?, ?, ?, ?, ?)", statement -> {
            for (String[] change : changes) {
                statement.setLong(1, auditId);
                statement.setString(2, username);
                statement.setString(3, change[0]);
                statement.setString(4, change[1]);
                statement.setString(5, change[2]);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    List<TrailEntry> trail(long auditId) {
        return jdbc.prepareStatement("SELECT id, at, username, field, old_value, new_value FROM audit_trail"
                + " WHERE audit_id = ? ORDER BY id", statement -> {
            statement.setLong(1, auditId);
            List<TrailEntry> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new TrailEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return rows;
        });
    }

    private void update(String sql, Object... args) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        });
    }

    private static void bindFinding(PreparedStatement statement, FindingRow row) throws SQLException {
        statement.setLong(1, row.auditId());
        statement.setString(2, row.kind().name());
        statement.setString(3, row.section());
        statement.setString(4, row.criterionId());
        statement.setString(5, row.text());
        statement.setString(6, row.evidenceText());
        statement.setObject(7, row.evidenceStart(), Types.INTEGER);
        statement.setObject(8, row.evidenceEnd(), Types.INTEGER);
        statement.setString(9, row.actionOwner());
        setDate(statement, 10, row.actionDue());
        statement.setString(11, row.actionStatus() == null ? null : row.actionStatus().name());
    }

    private static AuditRow audit(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong(1), (Long) rs.getObject(2, Long.class), (Long) rs.getObject(3, Long.class),
                rs.getString(4), rs.getString(5), rs.getString(6), AuditStatus.valueOf(rs.getString(7)),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getString(15), localDate(rs.getDate(16)),
                localDate(rs.getDate(17)), rs.getInt(18), rs.getString(19), rs.getTimestamp(20).toInstant(),
                rs.getTimestamp(21).toInstant(), instant(rs.getTimestamp(22)), instant(rs.getTimestamp(23)),
                instant(rs.getTimestamp(24)));
    }

    private static LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static void setLong(PreparedStatement statement, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setDate(PreparedStatement statement, int index, @Nullable LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(value));
        }
    }

    private static void setInstant(PreparedStatement statement, int index, @Nullable Instant value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(value));
        }
    }

}
