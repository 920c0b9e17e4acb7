package org.ehcpqa.benchmark;

import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.scoring.AssessmentService;
import org.ehcpqa.scoring.GeneratedPlans;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scoring throughput: 20-page plans scored with both shipped frameworks on one thread, plans per
 * second, beside the CPU stages of ingest (extraction and segmentation) of the same PDFs measured in
 * the same run, so the share of ingest time that scoring adds is a ratio of one run on one machine.
 * Not a test (the name does not end in Test or IT); run it with the {@code benchmark} profile:
 *
 * <pre>./mvnw -B -Pbenchmark test-compile exec:exec -Dbench.main=org.ehcpqa.benchmark.ScoringBenchmark
 *     -Dbench.args=plans=2000,warmup=1000,repeats=5</pre>
 *
 * <p>Settings, one argument of comma-separated key=value pairs ("-" for the defaults): plans
 * (scorings timed per repeat, 2000), warmup (untimed scorings first, 1000), repeats (5), pages
 * (target PDF pages of each plan, 20), distinct (different plans cycled through, 24: every house
 * style at each quality), ingest (extraction and segmentation runs timed per repeat, 100; 0 skips).
 * Plans are read as ingest reads them (PDF, extraction, the real segmenter), so the scorer sees
 * what it sees in service.
 */
public final class ScoringBenchmark {

    private final Map<String, Integer> settings = new LinkedHashMap<>(Map.of(
            "plans", 2000, "warmup", 1000, "repeats", 5, "pages", 20, "distinct", 24, "ingest", 100));

    private ScoringBenchmark(String arguments) {
        if (arguments != null && !arguments.isBlank() && !arguments.equals("-")) {
            for (String pair : arguments.split("[,\\s]+")) {
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || !settings.containsKey(kv[0])) {
                    throw new IllegalArgumentException("Unknown setting '" + pair + "'; known: " + settings.keySet());
                }
                settings.put(kv[0], Integer.parseInt(kv[1]));
            }
        }
    }

    public static void main(String[] args) {
        new ScoringBenchmark(args.length == 0 ? "-" : String.join(",", args)).run();
    }

    private void run() {
        int pages = settings.get("pages");
        System.out.printf(Locale.ROOT, "Scoring benchmark: %s; JDK %s; %d processors; load average at start %s%n",
                settings, Runtime.version(), Runtime.getRuntime().availableProcessors(), loadAverage());
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator().withTargetPages(pages);
        HouseStyle[] styles = HouseStyle.values();
        PlanQuality[] qualities = PlanQuality.values();
        List<GeneratedPlan> generated = new ArrayList<>();
        List<PlanView> plans = new ArrayList<>();
        for (int i = 0; i < settings.get("distinct"); i++) {
            GeneratedPlan plan = generator.generate(40_000 + i, styles[i % styles.length], DocumentFormat.PDF,
                    qualities[(i / styles.length) % qualities.length]);
            generated.add(plan);
            plans.add(GeneratedPlans.read(plan, i + 1));
        }
        double pagesPerPlan = plans.stream().mapToInt(PlanView::pageCount).average().orElse(0);
        double charsPerPlan = plans.stream()
                .mapToInt(p -> p.sections().stream().mapToInt(s -> s.text().length()).sum()).average().orElse(0);
        System.out.printf(Locale.ROOT, "%d distinct plans, %.1f PDF pages and %.0f characters of section text on "
                + "average%n", plans.size(), pagesPerPlan, charsPerPlan);

        AssessmentService service = GeneratedPlans.service();
        List<QaFramework> frameworks = GeneratedPlans.shippedFrameworks();
        long sink = 0;
        for (int i = 0; i < settings.get("warmup"); i++) {
            sink += service.assessAll(plans.get(i % plans.size()), frameworks).size();
        }
        int repeats = settings.get("repeats");
        double[] perSecond = new double[repeats];
        double[] ingestMs = new double[repeats];
        double[] cpuPerSecond = new double[repeats];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < repeats; r++) {
            int count = settings.get("plans");
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < count; i++) {
                sink += service.assessAll(plans.get(i % plans.size()), frameworks).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            perSecond[r] = count / seconds;
            // CPU time of the scoring thread: on a loaded machine wall time counts the other processes too.
            cpuPerSecond[r] = count / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
            int ingest = settings.get("ingest");
            if (ingest > 0) {
                long ingestStart = System.nanoTime();
                for (int i = 0; i < ingest; i++) {
                    sink += GeneratedPlans.read(generated.get(i % generated.size()), i).sections().size();
                }
                ingestMs[r] = (System.nanoTime() - ingestStart) / 1e6 / ingest;
            }
            System.out.printf(Locale.ROOT, "repeat %d: scoring %.1f plans/s (%.2f ms a plan; %.1f plans a CPU "
                    + "second)%s%n", r + 1, perSecond[r], 1000 / perSecond[r], cpuPerSecond[r], ingest > 0 ? String.format(Locale.ROOT,
                            "; extraction and segmentation %.2f ms a plan; scoring adds %.0f%% to them", ingestMs[r],
                            100 * (1000 / perSecond[r]) / ingestMs[r]) : "");
        }
        double median = median(perSecond);
        System.out.printf(Locale.ROOT, "Median over %d repeats: %.1f plans/s single-threaded, %.2f ms a plan "
                + "(both frameworks); %.1f plans a CPU second of the scoring thread%n", repeats, median, 1000 / median,
                median(cpuPerSecond));
        if (settings.get("ingest") > 0) {
            double ingest = median(ingestMs);
            System.out.printf(Locale.ROOT, "Median extraction and segmentation: %.2f ms a plan; scoring adds %.0f%% to "
                    + "them%n", ingest, 100 * (1000 / median) / ingest);
        }
        System.out.printf(Locale.ROOT, "Load average at end %s (checksum %d)%n", loadAverage(), sink);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
