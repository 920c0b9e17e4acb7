package org.ehcpqa.privacy;

import org.ehcpqa.plan.PlanView;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymisation runs at index time for every plan, so it must cost a few milliseconds for a
 * 20-page plan. Measured after a warm-up, on plans read through the real extractor and segmenter.
 * A benchmark, not a test: {@code ./mvnw -B -Pbenchmark test-compile exec:exec
 * -Dbench.main=org.ehcpqa.privacy.AnonymiserBenchmark}. The figure printed is the one to report.
 */
public final class AnonymiserBenchmark {

    private AnonymiserBenchmark() {
    }

    public static void main(String[] args) {
        List<PlanView> plans = new ArrayList<>();
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator().withTargetPages(20);
        try (StoredPlans stored = new StoredPlans()) {
            for (int i = 0; i < 8; i++) {
                plans.add(stored.read(generator.generate(900 + i, HouseStyle.values()[i], DocumentFormat.TXT,
                        PlanQuality.values()[i % 3]), i + 1));
            }
        }
        int characters = plans.stream().mapToInt(p -> p.sections().stream().mapToInt(s -> s.text().length()).sum()).sum()
                / plans.size();
        RuleBasedPlanAnonymiser anonymiser = new RuleBasedPlanAnonymiser();
        int sink = 0;
        for (int i = 0; i < 200; i++) {
            sink += anonymiser.anonymise(plans.get(i % plans.size())).sections().size();
        }
        int runs = 400;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += anonymiser.anonymise(plans.get(i % plans.size())).sections().size();
            nanos[i] = System.nanoTime() - start;
        }
        // A yardstick measured in the same run, as the machine may be shared: one pass of one
        // simple regular expression (counting words) over the same sections.
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\b\\w+\\b");
        long[] yardstick = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            for (org.ehcpqa.plan.PlanSection section : plans.get(i % plans.size()).sections()) {
                java.util.regex.Matcher m = word.matcher(section.text());
                while (m.find()) {
                    sink++;
                }
            }
            yardstick[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(yardstick);
        java.util.Arrays.sort(nanos);
        double mean = java.util.Arrays.stream(nanos).average().orElseThrow() / 1e6;
        double p50 = nanos[runs / 2] / 1e6;
        double p99 = nanos[runs * 99 / 100] / 1e6;
        double wordPass = yardstick[runs / 2] / 1e6;
        System.out.printf("Anonymise a 20-page plan (%,d characters of sections): mean %.2f ms, p50 %.2f ms, p99 %.2f ms;"
                + " one regex word pass over the same text p50 %.2f ms (ratio %.1f)%n",
                characters, mean, p50, p99, wordPass, p50 / wordPass);
        assertThat(sink).isPositive();
        assertThat(characters).isGreaterThan(30_000);
    }
}
