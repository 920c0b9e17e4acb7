package org.ehcpqa.web;

import org.ehcpqa.trend.TrendTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ShareChartTest {

    static final List<String> LEVELS = List.of("outstanding", "good", "requires-improvement", "inadequate");

    @Test
    void eachPeriodPoolsItsRowsAndLeavesOutTheOverallRatingWhenSectionsAreListed() {
        TrendTable table = table(List.of(
                new TrendTable.Row("2025-01", "OVERALL", List.of(1L, 0L, 0L, 1L), 2, 0.5),
                new TrendTable.Row("2025-01", "E", List.of(0L, 1L, 1L, 0L), 2, 0.5),
                new TrendTable.Row("2025-01", "F", List.of(1L, 1L, 1L, 1L), 4, 0.5),
                new TrendTable.Row("2025-02", "F", List.of(0L, 0L, 0L, 2L), 2, 0.0)));
        ShareChart chart = ShareChart.of(table);
        assertThat(chart.bars()).extracting(ShareChart.Bar::period).containsExactly("2025-01", "2025-02");
        ShareChart.Bar january = chart.bars().get(0);
        assertThat(january.counted()).isEqualTo(6);
        assertThat(january.good()).isEqualTo(3);
        assertThat(january.percent()).isEqualTo("50.0%");
        assertThat(january.barHeight()).isEqualTo(ShareChart.PLOT_HEIGHT / 2);
        assertThat(chart.bars().get(1).barHeight()).isZero();
        assertThat(chart.description()).contains("2025-01 50.0% of 6").contains("2025-02 0.0% of 2");
    }

    @Test
    void criteriaJudgedNotApplicableAreNotCounted() {
        TrendTable table = new TrendTable("t", "f", "CRITERION", "MONTH", null,
                List.of("MET", "PARTLY_MET", "NOT_MET", "NOT_APPLICABLE"),
                List.of("Met", "Partly met", "Not met", "Not applicable"), "MET", "met", List.of(
                new TrendTable.Row("2025-01", "F1", List.of(2L, 0L, 1L, 5L), 8, 2.0 / 3)));
        ShareChart.Bar bar = ShareChart.of(table).bars().get(0);
        assertThat(bar.counted()).isEqualTo(3);
        assertThat(bar.percent()).isEqualTo("66.7%");
    }

    @Test
    void noRowsDrawNoBars() {
        ShareChart chart = ShareChart.of(table(List.of()));
        assertThat(chart.bars()).isEmpty();
        assertThat(chart.description()).isEqualTo("No ratings match these filters.");
    }

    private static TrendTable table(List<TrendTable.Row> rows) {
        return new TrendTable("t", "statutory-baseline", "SECTION", "MONTH", null, LEVELS,
                List.of("Outstanding", "Good", "Requires improvement", "Inadequate"), "good",
                "rated Good or better", rows);
    }
}
