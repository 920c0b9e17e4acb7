package org.ehcpqa.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.ehcpqa.audit.Phase;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The practice event tables, on the caller's transaction. */
@Singleton
class PracticeStore {

    private final JdbcOperations jdbc;

    PracticeStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record EventRow(long id, PracticeEventType type, LocalDate date, String title, @Nullable String notes,
                    @Nullable String framework, int version, String createdBy) {
    }

    long insert(PracticeEventType type, LocalDate date, String title, @Nullable String notes,
                @Nullable String framework, String user) {
        return jdbc.execute(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO practice_event (type, event_date,"
                    + " title, notes, framework_id, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, type.name());
                insert.setDate(2, Date.valueOf(date));
                insert.setString(3, title);
                insert.setString(4, notes);
                insert.setString(5, framework);
                insert.setString(6, user);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The optimistic lock, as for audits: 1 when the event moved from {@code version} to the next. */
    int update(long id, int version, PracticeEventType type, LocalDate date, String title, @Nullable String notes,
               @Nullable String framework) {
        return jdbc.prepareStatement("UPDATE practice_event SET type = ?, event_date = ?, title = ?, notes = ?,"
                + " framework_id = ?, lock_version = lock_version + 1 WHERE id = ? AND lock_version = ?", statement -> {
            statement.setString(1, type.name());
            statement.setDate(2, Date.valueOf(date));
            statement.setString(3, title);
            statement.setString(4, notes);
            statement.setString(5, framework);
            statement.setLong(6, id);
            statement.setInt(7, version);
            return statement.executeUpdate();
        });
    }

    void bump(long id) {
        jdbc.prepareStatement("UPDATE practice_event SET lock_version = lock_version + 1 WHERE id = ?", statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate();
        });
    }

    Optional<EventRow> find(long id) {
        List<EventRow> rows = events("WHERE id = ?", List.of(id));
        return rows.stream().findFirst();
    }

    List<EventRow> list(@Nullable PracticeEventType type, @Nullable LocalDate from, @Nullable LocalDate to) {
        StringBuilder where = new StringBuilder("WHERE event_date >= ? AND event_date <= ?");
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(from == null ? LocalDate.of(1970, 1, 1) : from),
                Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to)));
        if (type != null) {
            where.append(" AND type = ?");
            args.add(type.name());
        }
        return events(where + " ORDER BY event_date DESC, id DESC LIMIT 500", args);
    }

    private List<EventRow> events(String where, List<Object> args) {
        return jdbc.prepareStatement("SELECT id, type, event_date, title, notes, framework_id, lock_version, created_by"
                + " FROM practice_event " + where, statement -> {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            List<EventRow> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new EventRow(rs.getLong(1), PracticeEventType.valueOf(rs.getString(2)),
                            rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getInt(7), rs.getString(8)));
                }
            }
            return rows;
        });
    }

    void replaceChildren(long id, List<String> teams, List<String> attendees, List<Long> audits, List<Long> findings,
                         List<PracticeEventView.Theme> themes, List<PracticeEventView.Action> actions) {
        for (String table : List.of("practice_event_team", "practice_event_attendee", "practice_event_audit",
                "practice_event_finding", "practice_event_theme", "practice_event_action")) {
            jdbc.prepareStatement("DELETE FROM " + table + " WHERE event_id = ?", statement -> {
                statement.setLong(1, id);
                return statement.executeUpdate();
            });
        }
        batch("INSERT INTO practice_event_team (event_id, team) VALUES (?, ?)", id, teams);
        batch("INSERT INTO practice_event_attendee (event_id, name) VALUES (?, ?)", id, attendees);
        linkAudits(id, audits);
        batch("INSERT INTO practice_event_finding (event_id, finding_id) VALUES (?, ?)", id, findings);
        jdbc.prepareStatement("INSERT INTO practice_event_theme (event_id, position, criterion_id, text)"
                + " VALUES (?, ?, ?, ?)", statement -> {
            int position = 0;
            for (PracticeEventView.Theme theme : themes) {
                statement.setLong(1, id);
                statement.setInt(2, position++);
                statement.setString(3, theme.criterionId());
                statement.setString(4, theme.text());
                statement.addBatch();
            }
            return themes.isEmpty() ? null : statement.executeBatch();
        });
        jdbc.prepareStatement("INSERT INTO practice_event_action (event_id, position, text, owner, due, status)"
                + " VALUES (?, ?, ?, ?, ?, ?)", statement -> {
            int position = 0;
            for (PracticeEventView.Action action : actions) {
                statement.setLong(1, id);
                statement.setInt(2, position++);
                statement.setString(3, action.text());
                statement.setString(4, action.owner());
                if (action.due() == null) {
                    statement.setNull(5, Types.DATE);
                } else {
                    statement.setDate(5, Date.valueOf(action.due()));
                }
                statement.setString(6, action.status());
                statement.addBatch();
            }
            return actions.isEmpty() ? null : statement.executeBatch();
        });
    }

    void linkAudits(long id, List<Long> audits) {
        jdbc.prepareStatement("INSERT IGNORE INTO practice_event_audit (event_id, audit_id) VALUES (?, ?)", statement -> {
            for (long audit : audits) {
                statement.setLong(1, id);
                statement.setLong(2, audit);
                statement.addBatch();
            }
            return audits.isEmpty() ? null : statement.executeBatch();
        });
    }

    private void batch(String sql, long id, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            for (Object value : values) {
                statement.setLong(1, id);
                statement.setObject(2, value);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    List<String> strings(String sql, long id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, id);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }

    List<Long> longs(String sql, long id) {
        return strings(sql, id).stream().map(Long::valueOf).toList();
    }

    List<PracticeEventView.Theme> themes(long id) {
        return jdbc.prepareStatement("SELECT criterion_id, text FROM practice_event_theme WHERE event_id = ?"
                + " ORDER BY position", statement -> {
            statement.setLong(1, id);
            List<PracticeEventView.Theme> themes = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    themes.add(new PracticeEventView.Theme(rs.getString(1), rs.getString(2)));
                }
            }
            return themes;
        });
    }

    List<PracticeEventView.Action> actions(long id) {
        return jdbc.prepareStatement("SELECT text, owner, due, status FROM practice_event_action WHERE event_id = ?"
                + " ORDER BY position", statement -> {
            statement.setLong(1, id);
            List<PracticeEventView.Action> actions = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Date due = rs.getDate(3);
                    actions.add(new PracticeEventView.Action(rs.getString(1), rs.getString(2),
                            due == null ? null : due.toLocalDate(), rs.getString(4)));
                }
            }
            return actions;
        });
    }

    /**
     * Plans whose newest version was issued in the period, grouped by the stratum value ("" when unknown). Reads
     * the plan tables (and, for a flag, the stored assessments' flags) directly: a read-only query the plan and
     * scoring features do not offer.
     */
    Map<String, List<Long>> population(LocalDate from, LocalDate to, String stratifyBy, @Nullable String flag,
                                       String framework) {
        String sql = "SELECT p.id, p.team, v.primary_need, v.school_year, v.age_at_issue FROM plan p"
                + " JOIN plan_version v ON v.id = p.current_version_id"
                + " WHERE v.status = 'PROCESSED' AND v.issue_date >= ? AND v.issue_date <= ?"
                + (flag == null ? "" : " AND EXISTS (SELECT 1 FROM assessment s WHERE s.version_id = v.id"
                + " AND s.framework_id = ? AND JSON_CONTAINS(JSON_EXTRACT(s.result_json, '$.flags[*].check'),"
                + " JSON_QUOTE(?)))");
        return jdbc.prepareStatement(sql, statement -> {
            statement.setDate(1, Date.valueOf(from));
            statement.setDate(2, Date.valueOf(to));
            if (flag != null) {
                statement.setString(3, framework);
                statement.setString(4, flag);
            }
            Map<String, List<Long>> strata = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Integer age = (Integer) rs.getObject(5, Integer.class);
                    String value = switch (stratifyBy) {
                        case "TEAM" -> rs.getString(2);
                        case "NEED" -> rs.getString(3);
                        case "PHASE" -> Phase.of(rs.getString(4), age);
                        default -> "";
                    };
                    strata.computeIfAbsent(value == null ? "" : value, key -> new ArrayList<>()).add(rs.getLong(1));
                }
            }
            return strata;
        });
    }

}
