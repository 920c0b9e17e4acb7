package org.ehcpqa.plan;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists of plans for pages: the current version of each plan with its latest automatic rating by
 * one framework. A read model over the plan tables and the assessment tables (read only here), in
 * one query, so a page of 25 from thousands of plans costs one round trip plus a count.
 */
@Singleton
public class PlanListing {

    /** Current versions only; enough when no filter looks at assessments. */
    private static final String FROM_PLANS = """
             FROM plan p
             JOIN plan_version v ON v.id = p.current_version_id
            """;

    /**
     * With each version's latest assessment by the framework (the first parameter): the row with no
     * newer one beside it, found per plan through the (version, framework, id) index rather than by
     * grouping every assessment of the framework on each page view.
     */
    private static final String FROM_ASSESSED = FROM_PLANS + """
             LEFT JOIN assessment a ON a.version_id = v.id AND a.framework_id = ?
                  AND NOT EXISTS (SELECT 1 FROM assessment newer WHERE newer.version_id = a.version_id
                                  AND newer.framework_id = a.framework_id AND newer.id > a.id)
            """;

    // Micronaut's contextual connection: bound to the method's read-only transaction, closed with it.
    private final DataSource dataSource;

    PlanListing(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public PlanListPage list(PlanListFilter filter) {
        boolean assessed = filter.rating() != null || filter.flag() != null
                || PlanListFilter.UNSCORED.equals(filter.status());
        List<Object> parameters = new ArrayList<>();
        if (assessed) {
            parameters.add(filter.framework());
        }
        String from = (assessed ? FROM_ASSESSED : FROM_PLANS) + where(filter, parameters);
        try {
            Connection connection = dataSource.getConnection();
            long total;
            try (PreparedStatement count = prepare(connection, "SELECT COUNT(*)" + from, parameters);
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
            }
            // The page is chosen first, and only its rows look up their rating.
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(filter.pageSize());
            paged.add((filter.page() - 1) * filter.pageSize());
            paged.add(filter.framework());
            List<PlanListItem> items = new ArrayList<>();
            try (PreparedStatement select = prepare(connection, """
                    SELECT pg.*, r.overall_rating, r.overall_score FROM (
                      SELECT p.id AS plan_id, v.id AS version_id, v.version_number, v.child_name, v.primary_need,
                             v.school_year, p.team, p.caseworker, v.status, v.file_name, v.ingested_at
                    """ + from + """
                      ORDER BY v.ingested_at DESC, p.id DESC LIMIT ? OFFSET ?) pg
                    LEFT JOIN assessment r ON r.id = (SELECT MAX(a2.id) FROM assessment a2
                                                      WHERE a2.version_id = pg.version_id AND a2.framework_id = ?)
                    ORDER BY pg.ingested_at DESC, pg.plan_id DESC
                    """, paged);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(item(rows));
                }
            }
            return new PlanListPage(items, total, filter.page(), filter.pageSize());
        } catch (SQLException e) {
            throw new IllegalStateException("Listing plans failed", e);
        }
    }

    /** The teams plans belong to, for filter choices. */
    @Transactional(readOnly = true)
    public List<String> teams() {
        return strings("SELECT DISTINCT team FROM plan WHERE team IS NOT NULL AND team <> '' ORDER BY team LIMIT 500");
    }

    /** The primary needs plans have, for filter choices. */
    @Transactional(readOnly = true)
    public List<String> needs() {
        return strings("SELECT DISTINCT primary_need FROM plan_version WHERE primary_need IS NOT NULL"
                + " ORDER BY primary_need");
    }

    /** How many current plans have each latest overall rating by the framework; "" counts the unscored. */
    @Transactional(readOnly = true)
    public Map<String, Long> countByRating(String framework) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement statement = prepare(dataSource.getConnection(), "SELECT COALESCE(a.overall_rating, ''), COUNT(*)"
                     + FROM_ASSESSED + " WHERE v.status = 'PROCESSED' GROUP BY COALESCE(a.overall_rating, '')",
                     List.of(framework));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Counting plans failed", e);
        }
    }

    private static String where(PlanListFilter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.need() != null) {
            conditions.add("v.primary_need = ?");
            parameters.add(filter.need());
        }
        if (filter.phase() != null) {
            conditions.add("v.school_year IN (" + String.join(",",
                    filter.phase().schoolYears().stream().map(year -> "?").toList()) + ")");
            parameters.addAll(filter.phase().schoolYears());
        }
        if (filter.team() != null) {
            conditions.add("p.team = ?");
            parameters.add(filter.team());
        }
        if (PlanListFilter.UNSCORED.equals(filter.status())) {
            conditions.add("v.status = 'PROCESSED' AND a.id IS NULL");
        } else if (filter.status() != null) {
            conditions.add("v.status = ?");
            parameters.add(filter.status());
        }
        if (filter.rating() != null) {
            conditions.add("a.overall_rating = ?");
            parameters.add(filter.rating());
        }
        if (filter.flag() != null) {
            conditions.add("EXISTS (SELECT 1 FROM assessment_flag f WHERE f.assessment_id = a.id AND f.check_code = ?)");
            parameters.add(filter.flag());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private List<String> strings(String sql) {
        try (PreparedStatement statement = dataSource.getConnection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading filter choices failed", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static PlanListItem item(ResultSet rows) throws SQLException {
        Timestamp ingested = rows.getTimestamp(11);
        double score = rows.getDouble(13);
        return new PlanListItem(rows.getLong(1), rows.getLong(2), rows.getInt(3), rows.getString(4), rows.getString(5),
                rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10),
                ingested == null ? null : ingested.toInstant(), rows.getString(12), rows.wasNull() ? null : score);
    }
}
