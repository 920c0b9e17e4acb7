package org.ehcpqa.trend;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.ehcpqa.audit.AuditLookups;
import org.ehcpqa.audit.PlanPeople;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingLevel;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.web.ProblemException;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trend queries for managers. All but the overdue list and the criteria not met of one team or caseworker read
 * {@code trend_rating_count} only, by a range of its primary key, so each answers from a few thousand rows however
 * many ratings lie behind them.
 */
@Singleton
public class TrendService {

    static final List<String> JUDGEMENTS = List.of("MET", "PARTLY_MET", "NOT_MET", "NOT_APPLICABLE");
    private static final List<String> JUDGEMENT_LABELS = List.of("Met", "Partly met", "Not met", "Not applicable");
    private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 1);

    private final JdbcOperations jdbc;
    private final AuditLookups audits;
    private final FrameworkRegistry frameworks;
    private final GoodLevels goodLevels;
    private final String defaultFramework;

    TrendService(JdbcOperations jdbc, AuditLookups audits, FrameworkRegistry frameworks, GoodLevels goodLevels,
                 @Value("${ehcpqa.assessment.default-framework:statutory-baseline}") String defaultFramework) {
        this.jdbc = jdbc;
        this.audits = audits;
        this.frameworks = frameworks;
        this.goodLevels = goodLevels;
        this.defaultFramework = defaultFramework;
    }

    public enum Period {
        MONTH, QUARTER;

        static Period parse(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return MONTH;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ProblemException(400, "bad-period", "Bad period", "period must be month or quarter.");
            }
        }

        String label(LocalDate month) {
            return this == MONTH ? month.toString().substring(0, 7)
                    : month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
        }
    }

    /**
     * Rating distributions over time. Cut by section or criterion they count every section (or criterion) unless
     * {@code section} narrows them; cut by team, caseworker, need or phase they count the overall rating unless
     * {@code section} names a section.
     */
    @Transactional(readOnly = true)
    public TrendTable distribution(@Nullable String frameworkId, Dimension by, Period period, @Nullable LocalDate from,
                                   @Nullable LocalDate to, @Nullable String section, @Nullable String value) {
        QaFramework framework = framework(frameworkId);
        String sectionKey = section == null || section.isBlank()
                ? (by == Dimension.SECTION || by == Dimension.CRITERION ? null : "OVERALL") : sectionKey(section);
        Levels levels = levels(framework, by);
        // Quarters are stored as such (grain Q), and each row is already one cell of the table: no grouping.
        String keyColumn = by == Dimension.SECTION ? "section" : "dim_value";
        boolean quarterly = period == Period.QUARTER;
        StringBuilder sql = new StringBuilder("SELECT month, " + keyColumn + ", level, n FROM trend_rating_count"
                + " WHERE framework_id = ? AND dimension = ? AND grain = ?");
        List<Object> args = new ArrayList<>(List.of(framework.id(), by.name(),
                quarterly ? TrendSummary.QUARTER : TrendSummary.MONTH));
        if (sectionKey != null) {
            sql.append(" AND section = ?");
            args.add(sectionKey);
        }
        sql.append(" AND month >= ? AND month <= ?");
        LocalDate first = firstOfMonth(from, EARLIEST);
        args.add(Date.valueOf(quarterly ? TrendSummary.quarterOf(first) : first));
        args.add(Date.valueOf(firstOfMonth(to, LATEST)));
        if (value != null && !value.isBlank()) {
            sql.append(" AND dim_value = ?");
            args.add(value.trim());
        }
        Map<String, long[]> cells = new TreeMap<>();
        query(sql.toString(), args, rs -> {
            int column = levels.ids().indexOf(rs.getString(3));
            if (column >= 0) {
                cells.computeIfAbsent(period.label(rs.getDate(1).toLocalDate()) + "\u0000" + rs.getString(2),
                        k -> new long[levels.ids().size()])[column] += rs.getLong(4);
            }
        });
        List<TrendTable.Row> rows = new ArrayList<>();
        cells.forEach((cell, counts) -> {
            String[] parts = cell.split("\u0000", -1);
            rows.add(row(parts[0], parts[1], counts, levels));
        });
        return new TrendTable("Ratings by " + by.name().toLowerCase(Locale.ROOT) + " per "
                + period.name().toLowerCase(Locale.ROOT), framework.id(), by.name(), period.name(), sectionKey,
                levels.ids(), levels.labels(), levels.good(), levels.shareName(), rows);
    }

    /**
     * The criteria most often judged not met, by share of the times they applied. Narrowed to a team or caseworker
     * they are counted from that team's final audits, since the counts table keeps criteria by period and section
     * only; the rule for which judgements count is the same, so the figures are those a rebuild would keep.
     */
    @Transactional(readOnly = true)
    public TrendTable mostOftenNotMet(@Nullable String frameworkId, @Nullable LocalDate from, @Nullable LocalDate to,
                                      @Nullable String section, PlanPeople people, int limit) {
        QaFramework framework = framework(frameworkId);
        String sectionKey = section == null || section.isBlank() ? null : sectionKey(section);
        Map<String, long[]> counts = new TreeMap<>();
        if (people.any()) {
            // Whole months, as the counts table holds them.
            LocalDate first = from == null ? null : from.withDayOfMonth(1);
            LocalDate before = to == null ? null : to.withDayOfMonth(1).plusMonths(1);
            for (AuditLookups.JudgementCount count : audits.judgements(framework.id(), first, before, sectionKey,
                    people)) {
                addJudgement(counts, count.criterionId(), count.result(), count.count());
            }
        } else {
            List<Object> args = new ArrayList<>(List.of(framework.id(), Date.valueOf(firstOfMonth(from, EARLIEST)),
                    Date.valueOf(firstOfMonth(to, LATEST))));
            String sql = "SELECT dim_value, level, SUM(n) FROM trend_rating_count WHERE framework_id = ?"
                    + " AND dimension = 'CRITERION' AND grain = 'M' AND month >= ? AND month <= ?"
                    + (sectionKey == null ? "" : " AND section = ?") + " GROUP BY dim_value, level";
            if (sectionKey != null) {
                args.add(sectionKey);
            }
            query(sql, args, rs -> addJudgement(counts, rs.getString(1), rs.getString(2), rs.getLong(3)));
        }
        List<TrendTable.Row> rows = new ArrayList<>();
        counts.forEach((criterion, c) -> {
            long judged = c[0] + c[1] + c[2];
            rows.add(new TrendTable.Row("all", criterion, boxed(c), Arrays.stream(c).sum(),
                    judged == 0 ? null : (double) c[2] / judged));
        });
        rows.sort(Comparator.comparing((TrendTable.Row row) -> row.share() == null ? -1 : row.share()).reversed()
                .thenComparing(row -> -row.counts().get(2)));
        return new TrendTable("Criteria most often not met" + of(people), framework.id(),
                Dimension.CRITERION.name(), "ALL", sectionKey, JUDGEMENTS, JUDGEMENT_LABELS, null,
                "not met, of the times the criterion applied",
                rows.subList(0, Math.min(rows.size(), Math.max(1, limit))));
    }

    private static void addJudgement(Map<String, long[]> counts, String criterion, String judgement, long n) {
        int column = JUDGEMENTS.indexOf(judgement);
        if (column >= 0) {
            counts.computeIfAbsent(criterion, k -> new long[JUDGEMENTS.size()])[column] += n;
        }
    }

    /** The narrowing in words, for a table's title: ", team North, caseworker Sam Lee", or nothing. */
    private static String of(PlanPeople people) {
        return (people.team() == null ? "" : ", team " + people.team())
                + (people.caseworker() == null ? "" : ", caseworker " + people.caseworker());
    }

    /**
     * Ratings of the given teams in the months before and after a date (a practice event). The event's own month
     * is left out, because it mixes plans audited before and after the event.
     */
    @Transactional(readOnly = true)
    public TrendTable beforeAndAfter(@Nullable String frameworkId, LocalDate date, Collection<String> teams,
                                     int months, @Nullable String section) {
        QaFramework framework = framework(frameworkId);
        String sectionKey = section == null || section.isBlank() ? "OVERALL" : sectionKey(section);
        Levels levels = levels(framework, Dimension.TEAM);
        LocalDate eventMonth = date.withDayOfMonth(1);
        Map<String, long[]> cells = new LinkedHashMap<>();
        for (String when : List.of("before", "after")) {
            cells.put(when + "\u0000" + "all attending teams", new long[levels.ids().size()]);
        }
        if (!teams.isEmpty()) {
            List<Object> args = new ArrayList<>(List.of(framework.id(), sectionKey,
                    Date.valueOf(eventMonth.minusMonths(months)), Date.valueOf(eventMonth.plusMonths(months))));
            args.addAll(teams);
            String sql = "SELECT month, dim_value, level, n FROM trend_rating_count WHERE framework_id = ?"
                    + " AND dimension = 'TEAM' AND grain = 'M' AND section = ? AND month >= ? AND month <= ? AND dim_value IN ("
                    + String.join(", ", java.util.Collections.nCopies(teams.size(), "?")) + ")";
            query(sql, args, rs -> {
                LocalDate month = rs.getDate(1).toLocalDate();
                if (month.equals(eventMonth)) {
                    return;
                }
                String when = month.isBefore(eventMonth) ? "before" : "after";
                int column = levels.ids().indexOf(rs.getString(3));
                if (column >= 0) {
                    long n = rs.getLong(4);
                    cells.computeIfAbsent(when + "\u0000" + rs.getString(2), k -> new long[levels.ids().size()])
                            [column] += n;
                    cells.get(when + "\u0000" + "all attending teams")[column] += n;
                }
            });
        }
        List<TrendTable.Row> rows = new ArrayList<>();
        cells.forEach((cell, counts) -> {
            String[] parts = cell.split("\u0000", -1);
            rows.add(row(parts[0], parts[1], counts, levels));
        });
        return new TrendTable("Before and after " + date + " (" + months + " months each side)", framework.id(),
                Dimension.TEAM.name(), "BEFORE_AFTER", sectionKey, levels.ids(), levels.labels(), levels.good(),
                levels.shareName(), rows);
    }

    /**
     * The values a dimension takes in the counts (teams, caseworkers, needs, phases or criterion ids), for the
     * trend page's filter lists. Read from the overall ratings (criteria: every section) per quarter, a small range
     * of the primary key, so the lists cost a few thousand index rows at most.
     */
    @Transactional(readOnly = true)
    public List<String> values(@Nullable String frameworkId, Dimension dimension) {
        QaFramework framework = framework(frameworkId);
        List<Object> args = new ArrayList<>(List.of(framework.id(), dimension.name(), TrendSummary.QUARTER));
        String sql = "SELECT DISTINCT dim_value FROM trend_rating_count WHERE framework_id = ? AND dimension = ?"
                + " AND grain = ?" + (dimension == Dimension.CRITERION ? "" : " AND section = 'OVERALL'")
                + " AND dim_value <> '' ORDER BY dim_value";
        List<String> values = new ArrayList<>();
        query(sql, args, rs -> values.add(rs.getString(1)));
        return values;
    }

    /** Plans whose newest issued version is more than twelve months old at {@code asOf}. */
    @Transactional(readOnly = true)
    public OverdueReviews overdueReviews(@Nullable LocalDate asOf, @Nullable String team, int limit) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(day.minusMonths(12))));
        // Driven from the versions' issue-date index; the plan row (by primary key) says whether it is current.
        String where = " FROM plan_version v JOIN plan p ON p.id = v.plan_id AND p.current_version_id = v.id"
                + " WHERE v.issue_date < ?"
                + (team == null || team.isBlank() ? "" : " AND p.team = ?");
        if (team != null && !team.isBlank()) {
            args.add(team.trim());
        }
        long[] total = new long[1];
        // Counted from two indexes (issue dates, and which versions are current) without reading plan rows.
        String count = "SELECT COUNT(*) FROM plan_version v WHERE v.issue_date < ?"
                + " AND v.id IN (SELECT current_version_id FROM plan" + (team == null || team.isBlank() ? ""
                : " WHERE team = ?") + ")";
        query(count, args, rs -> total[0] = rs.getLong(1));
        List<OverdueReviews.Plan> plans = new ArrayList<>();
        query("SELECT p.id, v.id, p.team, p.caseworker, v.issue_date" + where + " ORDER BY v.issue_date LIMIT "
                + Math.max(1, Math.min(limit, 10_000)), args, rs -> {
            LocalDate issued = rs.getDate(5).toLocalDate();
            LocalDate due = issued.plusMonths(12);
            plans.add(new OverdueReviews.Plan(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), issued,
                    due, ChronoUnit.DAYS.between(due, day)));
        });
        return new OverdueReviews(day, (int) total[0], plans);
    }

    private TrendTable.Row row(String period, String key, long[] counts, Levels levels) {
        long total = Arrays.stream(counts).sum();
        long good = 0;
        long base = 0;
        for (int i = 0; i < counts.length; i++) {
            if (levels.counted(i)) {
                base += counts[i];
                good += levels.good(i) ? counts[i] : 0;
            }
        }
        return new TrendTable.Row(period, key, boxed(counts), total, base == 0 ? null : (double) good / base);
    }

    private Levels levels(QaFramework framework, Dimension by) {
        if (by == Dimension.CRITERION) {
            return new Levels(JUDGEMENTS, JUDGEMENT_LABELS, "MET", "met, of the times the criterion applied", 0, 2);
        }
        RatingLevel good = goodLevels.of(framework);
        List<RatingLevel> scale = framework.scale().levels();
        return new Levels(scale.stream().map(RatingLevel::id).toList(), scale.stream().map(RatingLevel::label).toList(),
                good.id(), "rated " + good.label() + " or better", framework.scale().rank(good), scale.size() - 1);
    }

    private QaFramework framework(@Nullable String frameworkId) {
        String id = frameworkId == null || frameworkId.isBlank() ? defaultFramework : frameworkId.trim();
        return frameworks.find(id).or(() -> frameworks.versions(id).stream().reduce((a, b) -> b))
                .orElseThrow(() -> ProblemException.notFound("Framework '" + id + "'"));
    }

    private static String sectionKey(String section) {
        if (section.trim().equalsIgnoreCase("OVERALL")) {
            return "OVERALL";
        }
        return SectionCode.parse(section).map(Enum::name).orElseThrow(() -> new ProblemException(400,
                "unknown-section", "Unknown section", "\"" + section + "\" is not a section code (A to K) or OVERALL."));
    }

    private static LocalDate firstOfMonth(@Nullable LocalDate day, LocalDate fallback) {
        return (day == null ? fallback : day).withDayOfMonth(1);
    }

    private static List<Long> boxed(long[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }

    private void query(String sql, List<Object> args, RowHandler handler) {
        jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < args.size(); i++) {
                statement.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(ResultSet rs) throws java.sql.SQLException;
    }

    /**
     * Columns of a table: good is the last column counted as good (columns are best first); columns after
     * lastCounted (not applicable, for criteria) are shown but left out of the share.
     */
    private record Levels(List<String> ids, List<String> labels, String good, String shareName, int goodRank,
                          int lastCounted) {

        boolean counted(int column) {
            return column <= lastCounted;
        }

        boolean good(int column) {
            return column <= goodRank;
        }
    }
}
