package org.ehcpqa.report;

import org.ehcpqa.trend.Dimension;
import org.ehcpqa.trend.TrendTable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportAssemblersTest {

    final TrendReportAssembler trends = new TrendReportAssembler();

    TrendTable trend(List<TrendTable.Row> rows) {
        return new TrendTable("Ratings by team per quarter", "statutory-baseline", "TEAM", "QUARTER", "OVERALL",
                List.of("outstanding", "good", "requires-improvement", "inadequate"),
                List.of("Outstanding", "Good", "Requires improvement", "Inadequate"), "good", "good or better", rows);
    }

    @Test
    void aTrendTableKeepsEveryNumberAndAnEmptyShareStaysEmpty() {
        Table table = trends.distribution(trend(List.of(
                new TrendTable.Row("2025-Q3", "North", List.of(3L, 5L, 1L, 1L), 10, 0.8),
                new TrendTable.Row("2025-Q4", "North", List.of(0L, 0L, 0L, 0L), 0, null))));
        assertThat(table.columns()).extracting(Column::heading).containsExactly("Period", "Team", "Outstanding", "Good",
                "Requires improvement", "Inadequate", "Total", "Share good or better");
        assertThat(table.rows().get(0)).containsExactly("2025-Q3", "North", 3L, 5L, 1L, 1L, 10L, 0.8);
        assertThat(table.rows().get(1).get(7)).isNull();
        assertThat(table.display(0, 7)).isEqualTo("80%");
    }

    @Test
    void aTrendReportStartsAtItsFirstPeriodWhenNoStartIsGiven() {
        TrendTable distribution = trend(List.of(new TrendTable.Row("2025-Q3", "North", List.of(1L, 0L, 0L, 0L), 1,
                1.0), new TrendTable.Row("2025-Q2", "South", List.of(0L, 1L, 0L, 0L), 1, 1.0)));
        TrendReport report = trends.report(distribution, trend(List.of()), Dimension.TEAM, "QUARTER", null,
                LocalDate.of(2025, 12, 31), null, "North");
        assertThat(report.from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(report.periodUnit()).isEqualTo("Quarter");
        assertThat(report.scope()).isEqualTo("statutory-baseline, by team, team North");
        assertThat(report.notes().get(0)).contains("2 ratings are counted");
        assertThat(report.shareGoodOrBetter().rows()).hasSize(2);
    }

    @Test
    void idsBecomeWords() {
        assertThat(ReportLabels.words("PARTLY_MET")).isEqualTo("Partly met");
        assertThat(ReportLabels.words("requires-improvement")).isEqualTo("Requires improvement");
        assertThat(ReportLabels.words((String) null)).isNull();
        assertThat(PracticeEventReportAssembler.type(org.ehcpqa.practice.PracticeEventType.PRACTICE_LEARNING))
                .isEqualTo("Practice learning event");
    }
}
