package org.ehcpqa.practice;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class StratifiedSampleTest {

    /** Populations 50, 30, 20 (100 plans); 10 places: 5, 3, 2 exactly. */
    @Test
    void allocatesInProportionToEachStratum() {
        Map<String, List<Long>> strata = strata(50, 30, 20);
        StratifiedSample.Drawn drawn = StratifiedSample.draw(strata, 10, 42);
        assertThat(drawn.allocation()).containsExactlyEntriesOf(Map.of("East", 5, "North", 3, "West", 2).entrySet()
                .stream().sorted(Map.Entry.comparingByKey())
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        assertThat(drawn.members()).hasSize(10);
        assertThat(drawn.members()).allSatisfy(member -> assertThat(strata.get(member.stratum()))
                .contains(member.planId()));
    }

    /** Populations 7, 7, 6 (20 plans), 5 places: 1.75, 1.75, 1.5 round down to 1, 1, 1; the two largest remainders
     *  (East and North, 0.75 each) take the two places left. */
    @Test
    void givesThePlacesLeftToTheLargestRemainders() {
        StratifiedSample.Drawn drawn = StratifiedSample.draw(strata(7, 7, 6), 5, 1);
        assertThat(drawn.allocation()).containsEntry("East", 2).containsEntry("North", 2).containsEntry("West", 1);
    }

    @Test
    void theSameSeedDrawsTheSamePlansAndAnotherSeedOthers() {
        Map<String, List<Long>> strata = strata(40, 40, 40);
        List<Long> first = ids(StratifiedSample.draw(strata, 12, 2026));
        assertThat(ids(StratifiedSample.draw(strata, 12, 2026))).isEqualTo(first);
        assertThat(ids(StratifiedSample.draw(strata, 12, 2027))).isNotEqualTo(first);
    }

    @Test
    void neverDrawsMoreThanThePopulation() {
        StratifiedSample.Drawn drawn = StratifiedSample.draw(strata(2, 1, 0), 10, 3);
        assertThat(drawn.members()).hasSize(3);
    }

    static List<Long> ids(StratifiedSample.Drawn drawn) {
        return drawn.members().stream().map(StratifiedSample.Member::planId).toList();
    }

    static Map<String, List<Long>> strata(int east, int north, int west) {
        Map<String, List<Long>> strata = new LinkedHashMap<>();
        strata.put("West", new ArrayList<>(LongStream.range(2000, 2000 + west).boxed().toList()));
        strata.put("East", new ArrayList<>(LongStream.range(0, east).boxed().toList()));
        strata.put("North", new ArrayList<>(LongStream.range(1000, 1000 + north).boxed().toList()));
        return strata;
    }
}
