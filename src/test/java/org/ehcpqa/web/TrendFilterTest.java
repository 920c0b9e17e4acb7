package org.ehcpqa.web;

import org.ehcpqa.audit.PlanPeople;
import org.ehcpqa.trend.Dimension;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TrendFilterTest {

    @Test
    void noFiltersMeanOverallRatingsPerMonthOverAllTime() {
        TrendFilter filter = TrendFilter.read(Map.of());
        assertThat(filter.valid()).isTrue();
        assertThat(filter.by()).isEqualTo(Dimension.SECTION);
        assertThat(filter.section()).isEqualTo("OVERALL");
        assertThat(filter.sectionCode()).isNull();
        assertThat(filter.exportQuery("statutory-baseline"))
                .isEqualTo("framework=statutory-baseline&by=section&period=month&section=OVERALL");
    }

    @Test
    void oneTeamAndAPeriodBecomeTheDistributionsCutAndValueAndTheExportCarriesThem() {
        TrendFilter filter = TrendFilter.read(query("team", "North & Coast", "from", "2025-01", "to", "2025-03",
                "period", "quarter"));
        assertThat(filter.valid()).isTrue();
        assertThat(filter.by()).isEqualTo(Dimension.TEAM);
        assertThat(filter.value()).isEqualTo("North & Coast");
        assertThat(filter.from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(filter.to()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(filter.lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(filter.exportQuery("statutory-baseline")).isEqualTo("framework=statutory-baseline&by=team"
                + "&period=quarter&from=2025-01-01&to=2025-03-31&section=OVERALL&value=North+%26+Coast");
    }

    @Test
    void aTeamOrCaseworkerAndNoOtherCutNarrowsTheFiguresReadFromAudits() {
        assertThat(TrendFilter.read(query("team", " North ")).people()).isEqualTo(new PlanPeople("North", null));
        assertThat(TrendFilter.read(query("caseworker", "Sam Lee")).people())
                .isEqualTo(new PlanPeople(null, "Sam Lee"));
        for (String cut : List.of("need", "phase", "criterion")) {
            assertThat(TrendFilter.read(query(cut, "F1")).people()).as(cut).isEqualTo(PlanPeople.EVERYONE);
        }
        assertThat(TrendFilter.read(Map.of()).people().any()).isFalse();
    }

    @Test
    void everySectionAsksForNoSectionAndACriterionIsCountedInWhicheverSectionItBelongsTo() {
        assertThat(TrendFilter.read(query("section", "ALL")).section()).isNull();
        assertThat(TrendFilter.read(query("section", "f")).section()).isEqualTo("F");
        TrendFilter criterion = TrendFilter.read(query("criterion", "F1"));
        assertThat(criterion.by()).isEqualTo(Dimension.CRITERION);
        assertThat(criterion.section()).isNull();
    }

    @Test
    void twoSingleValueFiltersBadMonthsAndABackwardPeriodAreRefusedFieldByField() {
        TrendFilter filter = TrendFilter.read(query("team", "North", "need", "ASD", "from", "January",
                "section", "Z"));
        assertThat(filter.valid()).isFalse();
        assertThat(filter.errors()).extracting(FieldError::field).containsExactly("from", "section", "need");
        TrendFilter backwards = TrendFilter.read(query("from", "2025-05", "to", "2025-01"));
        assertThat(backwards.errors()).extracting(FieldError::field).containsExactly("to");
    }

    private static Map<String, String> query(String... pairs) {
        Map<String, String> query = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.put(pairs[i], pairs[i + 1]);
        }
        return query;
    }
}
