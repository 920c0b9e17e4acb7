package org.ehcpqa.benchmark;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generated PDFs on disk, cached by seed: generating costs about 100 ms a file, far more than reading
 * one, so reruns reuse the folder. The files stay on disk and are read per use (from the page cache),
 * so the measured JVM's heap holds one file per worker, not the whole corpus: the 512 MB heap limit
 * then measures the code under test, as a real bulk upload (one file per request) would.
 */
final class BenchCorpus {

    /** One file of the corpus and its page count (counted once, when the file is generated). */
    record Entry(Path file, int pages) {
    }

    private final List<Entry> entries;

    private BenchCorpus(List<Entry> entries) {
        this.entries = entries;
    }

    List<Entry> entries() {
        return entries;
    }

    List<Entry> slice(int from, int to) {
        return entries.subList(from, to);
    }

    long pages(List<Entry> part) {
        return part.stream().mapToLong(Entry::pages).sum();
    }

    /**
     * {@code count} PDFs for seed, cycling through every house style (the styles lay out headings and
     * tables differently, which changes extraction cost) and every quality.
     */
    static BenchCorpus load(Path root, long seed, int count, int threads, List<HouseStyle> styleList) throws Exception {
        // The cache folder names the styles too, so a corpus of some styles never passes for all.
        boolean allStyles = styleList.size() == HouseStyle.values().length;
        Path dir = root.resolve("seed-" + seed + (allStyles ? ""
                : "-" + String.join("+", styleList.stream().map(Enum::name).toList())));
        Files.createDirectories(dir);
        Path manifest = dir.resolve("pages.tsv");
        List<Entry> cached = readManifest(dir, manifest);
        if (cached.size() >= count) {
            return new BenchCorpus(List.copyOf(cached.subList(0, count)));
        }
        System.out.printf("Generating %d PDFs into %s (%d cached) ...%n", count, dir, cached.size());
        long t0 = System.nanoTime();
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        HouseStyle[] styles = styleList.toArray(HouseStyle[]::new);
        PlanQuality[] qualities = PlanQuality.values();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Entry>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                if (i < cached.size()) {
                    futures.add(pool.submit(() -> cached.get(index)));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    HouseStyle style = styles[index % styles.length];
                    PlanQuality quality = qualities[(index / styles.length) % qualities.length];
                    GeneratedPlan plan = generator.generate(seed * 1_000_003L + index, style, DocumentFormat.PDF, quality);
                    Path file = dir.resolve(String.format("%05d-%s", index, plan.fileName()));
                    Files.write(file, plan.content());
                    try (PDDocument document = Loader.loadPDF(plan.content())) {
                        return new Entry(file, document.getNumberOfPages());
                    }
                }));
            }
            List<Entry> entries = new ArrayList<>(count);
            for (Future<Entry> future : futures) {
                entries.add(future.get());
            }
            StringBuilder tsv = new StringBuilder();
            for (Entry e : entries) {
                tsv.append(e.file().getFileName()).append('\t').append(e.pages()).append('\n');
            }
            Files.writeString(manifest, tsv);
            System.out.printf("Generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return new BenchCorpus(List.copyOf(entries));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Entry> readManifest(Path dir, Path manifest) throws IOException {
        if (!Files.exists(manifest)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(manifest)) {
            String[] parts = line.split("\t");
            Path file = dir.resolve(parts[0]);
            if (!Files.exists(file)) {
                break;
            }
            entries.add(new Entry(file, Integer.parseInt(parts[1])));
        }
        return entries;
    }

    static byte[] read(Entry entry) {
        try {
            return Files.readAllBytes(entry.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
