package org.ehcpqa.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingLevel;
import org.ehcpqa.framework.RatingScale;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.web.ProblemException;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Agreement statistics over moderated audits of one framework (ratings on different scales do not mix). Public so the
 * managers' trend page shows the same figures as {@code GET /api/audits/agreement}.
 */
@Singleton
public class AgreementService {

    private static final List<String> JUDGED = List.of("MET", "PARTLY_MET", "NOT_MET");

    private final JdbcOperations jdbc;
    private final FrameworkRegistry frameworks;
    private final String defaultFramework;

    AgreementService(JdbcOperations jdbc, FrameworkRegistry frameworks,
                     @Value("${ehcpqa.assessment.default-framework:statutory-baseline}") String defaultFramework) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.defaultFramework = defaultFramework;
    }

    /** @param people only audits of this team's or caseworker's plans; {@link PlanPeople#EVERYONE} for all */
    @Transactional(readOnly = true)
    public AgreementReport report(@Nullable String frameworkId, @Nullable LocalDate from, @Nullable LocalDate to,
                                  @Nullable String section, PlanPeople people) {
        String id = frameworkId == null || frameworkId.isBlank() ? defaultFramework : frameworkId;
        QaFramework framework = frameworks.find(id).orElseThrow(() -> ProblemException.notFound("Framework '" + id + "'"));
        String sectionFilter = section == null || section.isBlank() ? null
                : section.trim().equalsIgnoreCase(SectionRow.OVERALL) ? SectionRow.OVERALL
                : SectionCode.parse(section).map(Enum::name).orElseThrow(() -> new ProblemException(400,
                "unknown-section", "Unknown section", "\"" + section + "\" is not a section code or OVERALL."));
        RatingScale scale = framework.scale();
        int k = scale.levels().size();
        List<HumanPair> pairs = humanPairs(id, from, to, sectionFilter, people, scale);
        Map<String, long[][]> bySection = new TreeMap<>(Comparator.comparingInt(AgreementService::sectionOrder));
        Map<String, long[][]> byPair = new TreeMap<>();
        Map<LocalDate, long[][]> byMonth = new TreeMap<>();
        long[][] all = new long[k][k];
        for (HumanPair pair : pairs) {
            bySection.computeIfAbsent(pair.section(), key -> new long[k][k])[pair.first()][pair.second()]++;
            boolean pooled = sectionFilter != null || !SectionRow.OVERALL.equals(pair.section());
            if (pooled) {
                all[pair.first()][pair.second()]++;
                byPair.computeIfAbsent(pair.auditor() + "\u0000" + pair.moderator(), key -> new long[k][k])
                        [pair.first()][pair.second()]++;
                byMonth.computeIfAbsent(pair.month(), key -> new long[k][k])[pair.first()][pair.second()]++;
            }
        }
        List<AgreementReport.BySection> sections = new ArrayList<>();
        bySection.forEach((key, counts) -> sections.add(new AgreementReport.BySection(key,
                AgreementStatistics.of(counts))));
        List<AgreementReport.ByPair> raters = new ArrayList<>();
        byPair.forEach((key, counts) -> {
            String[] names = key.split("\u0000");
            raters.add(new AgreementReport.ByPair(names[0], names[1], AgreementStatistics.of(counts)));
        });
        List<AgreementReport.ByMonth> months = new ArrayList<>();
        byMonth.forEach((month, counts) -> months.add(new AgreementReport.ByMonth(month, AgreementStatistics.of(counts))));
        return new AgreementReport(id, from, to, sectionFilter, people.team(), people.caseworker(),
                AgreementStatistics.of(all), sections, raters, months,
                automaticVersusHuman(id, from, to, sectionFilter, people));
    }

    private List<HumanPair> humanPairs(String frameworkId, @Nullable LocalDate from, @Nullable LocalDate to,
                                       @Nullable String section, PlanPeople people, RatingScale scale) {
        String sql = "SELECT a.auditor, a.moderator, a.moderated_at, s1.section,"
                + " COALESCE(s1.override_rating, s1.derived_rating), COALESCE(s2.override_rating, s2.derived_rating)"
                + " FROM audit a JOIN audit_section s1 ON s1.audit_id = a.id AND s1.rater = 'AUDITOR'"
                + " JOIN audit_section s2 ON s2.audit_id = a.id AND s2.rater = 'MODERATOR' AND s2.section = s1.section"
                + " WHERE a.framework_id = ? AND a.moderation_status = 'SUBMITTED' AND a.moderated_at IS NOT NULL"
                + " AND a.moderated_at >= ? AND a.moderated_at < ?" + (section == null ? "" : " AND s1.section = ?")
                + people.where();
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, frameworkId);
            statement.setTimestamp(2, Timestamp.valueOf((from == null ? LocalDate.of(1970, 1, 1) : from).atStartOfDay()));
            statement.setTimestamp(3, Timestamp.valueOf((to == null ? LocalDate.of(9999, 1, 1) : to.plusDays(1))
                    .atStartOfDay()));
            int next = 4;
            if (section != null) {
                statement.setString(next++, section);
            }
            people.bind(statement, next);
            List<HumanPair> pairs = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Optional<Integer> first = rank(scale, rs.getString(5));
                    Optional<Integer> second = rank(scale, rs.getString(6));
                    if (first.isPresent() && second.isPresent()) {
                        LocalDate day = rs.getTimestamp(3).toLocalDateTime().toLocalDate();
                        pairs.add(new HumanPair(rs.getString(1), rs.getString(2), day.withDayOfMonth(1),
                                rs.getString(4), first.get(), second.get()));
                    }
                }
            }
            return pairs;
        });
    }

    private List<AgreementReport.ByCriterion> automaticVersusHuman(String frameworkId, @Nullable LocalDate from,
                                                                   @Nullable LocalDate to, @Nullable String section,
                                                                   PlanPeople people) {
        String sql = "SELECT c.criterion_id, c.section, c.suggested_result, c.result, COUNT(*) FROM audit a"
                + " JOIN audit_criterion c ON c.audit_id = a.id AND c.rater = 'AUDITOR'"
                + " WHERE a.framework_id = ? AND a.status = 'FINAL' AND a.audited_on >= ? AND a.audited_on <= ?"
                + " AND c.suggested_result IN ('MET', 'PARTLY_MET', 'NOT_MET') AND c.result IN ('MET', 'PARTLY_MET', 'NOT_MET')"
                + (section == null || SectionRow.OVERALL.equals(section) ? "" : " AND c.section = ?")
                + people.where() + " GROUP BY c.criterion_id, c.section, c.suggested_result, c.result";
        Map<String, long[][]> counts = new TreeMap<>();
        Map<String, String> sections = new TreeMap<>();
        jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, frameworkId);
            statement.setDate(2, Date.valueOf(from == null ? LocalDate.of(1970, 1, 1) : from));
            statement.setDate(3, Date.valueOf(to == null ? LocalDate.of(9999, 1, 1) : to));
            int next = 4;
            if (section != null && !SectionRow.OVERALL.equals(section)) {
                statement.setString(next++, section);
            }
            people.bind(statement, next);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String criterion = rs.getString(1);
                    sections.put(criterion, rs.getString(2));
                    counts.computeIfAbsent(criterion, key -> new long[3][3])
                            [JUDGED.indexOf(rs.getString(3))][JUDGED.indexOf(rs.getString(4))] += rs.getLong(5);
                }
            }
            return null;
        });
        List<AgreementReport.ByCriterion> rows = new ArrayList<>();
        counts.forEach((criterion, matrix) -> rows.add(new AgreementReport.ByCriterion(criterion,
                sections.get(criterion), AgreementStatistics.of(matrix))));
        return rows;
    }

    private static Optional<Integer> rank(RatingScale scale, @Nullable String level) {
        if (level == null) {
            return Optional.empty();
        }
        return scale.level(level).map((RatingLevel found) -> scale.rank(found));
    }

    private static int sectionOrder(String section) {
        return SectionRow.OVERALL.equals(section) ? 99 : SectionCode.valueOf(section).ordinal();
    }

    private record HumanPair(String auditor, String moderator, LocalDate month, String section, int first,
                             int second) {
    }
}
