package org.ehcpqa.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Draws a stratified random sample with proportional allocation: each stratum gets count x its share of the
 * population, rounded down, and the places left go to the strata with the largest remainders (ties to the
 * stratum named first). Plans are drawn within each stratum by shuffling its ids in id order with one
 * {@link Random} seeded once, strata in name order, so the same seed and population always give the same sample.
 */
final class StratifiedSample {

    private StratifiedSample() {
    }

    record Drawn(Map<String, Integer> population, Map<String, Integer> allocation, List<Member> members) {
    }

    record Member(long planId, String stratum) {
    }

    /** @param strata plan id by stratum; the stratum "" holds plans whose value is unknown */
    static Drawn draw(Map<String, List<Long>> strata, int count, long seed) {
        Map<String, List<Long>> sorted = new TreeMap<>();
        strata.forEach((stratum, ids) -> {
            List<Long> copy = new ArrayList<>(ids);
            Collections.sort(copy);
            sorted.put(stratum, copy);
        });
        int total = sorted.values().stream().mapToInt(List::size).sum();
        int wanted = Math.min(count, total);
        Map<String, Integer> population = new LinkedHashMap<>();
        Map<String, Integer> allocation = new LinkedHashMap<>();
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int allocated = 0;
        for (Map.Entry<String, List<Long>> stratum : sorted.entrySet()) {
            int size = stratum.getValue().size();
            population.put(stratum.getKey(), size);
            double exact = total == 0 ? 0 : (double) wanted * size / total;
            int floor = (int) Math.floor(exact);
            allocation.put(stratum.getKey(), floor);
            allocated += floor;
            remainders.add(Map.entry(stratum.getKey(), exact - floor));
        }
        remainders.sort(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        for (int i = 0; allocated < wanted && i < remainders.size(); i++) {
            String stratum = remainders.get(i).getKey();
            if (allocation.get(stratum) < population.get(stratum)) {
                allocation.merge(stratum, 1, Integer::sum);
                allocated++;
            }
        }
        Random random = new Random(seed);
        List<Member> members = new ArrayList<>();
        for (Map.Entry<String, List<Long>> stratum : sorted.entrySet()) {
            List<Long> ids = new ArrayList<>(stratum.getValue());
            Collections.shuffle(ids, random);
            for (long id : ids.subList(0, allocation.get(stratum.getKey()))) {
                members.add(new Member(id, stratum.getKey()));
            }
        }
        return new Drawn(population, allocation, members);
    }
}
