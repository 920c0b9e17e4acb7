package org.ehcpqa.benchmark;

import io.micronaut.context.ApplicationContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ehcpqa.ingest.DocumentExtractor;
import org.ehcpqa.ingest.ExtractedText;
import org.ehcpqa.ingest.PlanSegmenter;
import org.ehcpqa.ingest.SegmentedPlan;
import org.ehcpqa.plan.NewPlanVersion;
import org.ehcpqa.plan.OriginalStore;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.Sha256;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where one plan's ingest time goes: the same steps IngestService.ingestInBulk takes, called one by one on
 * the application's own beans and timed apart, for 20-page plans on one thread (no contention, so
 * the figures are per-plan costs, not throughput).
 */
final class StageTimer {

    @FunctionalInterface
    interface ContextStarter {
        ApplicationContext start(String name) throws Exception;
    }

    private static final int WARM = 30;
    private static final int MEASURED = 30;

    private final ContextStarter starter;

    StageTimer(ContextStarter starter) {
        this.starter = starter;
    }

    void run(long seed) throws Exception {
        // NORTHMOOR's "Section A:" headings are ones every segmenter on main recognises, so each plan
        // goes all the way to storage rather than being refused at the plan-shape check.
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator().withTargetPages(20);
        List<GeneratedPlan> plans = new ArrayList<>();
        for (int i = 0; i < WARM + MEASURED; i++) {
            plans.add(generator.generate(seed * 7919L + i, HouseStyle.NORTHMOOR, DocumentFormat.PDF, PlanQuality.ADEQUATE));
        }
        String[] names = {"hash + lookup", "extraction", "segmentation + shape", "storage in bulk (disk + DB + event)"};
        double[] originalWrite = new double[MEASURED];
        double[] rawMillis = new double[MEASURED];
        double[][] millis = new double[names.length][MEASURED];
        int[] pages = new int[MEASURED];
        try (ApplicationContext context = starter.start("stages")) {
            DocumentExtractor extractor = context.getBean(DocumentExtractor.class);
            PlanSegmenter segmenter = context.getBean(PlanSegmenter.class);
            PlanService planService = context.getBean(PlanService.class);
            OriginalStore originals = context.getBean(OriginalStore.class);
            for (int i = 0; i < plans.size(); i++) {
                GeneratedPlan plan = plans.get(i);
                byte[] content = plan.content();
                long t0 = System.nanoTime();
                String sha = Sha256.of(content);
                if (planService.findStoredBySha256(sha).isPresent()) {
                    throw new IllegalStateException("fresh database expected");
                }
                long t1 = System.nanoTime();
                ExtractedText text = extractor.extract(content, plan.fileName());
                long t2 = System.nanoTime();
                SegmentedPlan segmented = segmenter.segment(text);
                var shape = segmenter.assess(text, segmented);
                long t3 = System.nanoTime();
                List<PlanSection> sections = segmented.sections().stream()
                        .map(s -> new PlanSection(s.code(), s.title(), s.text(), s.startPage())).toList();
                planService.storeInBulk(new NewPlanVersion(content, sha, plan.fileName(), text.mediaType(),
                        PlanStatus.PROCESSED, text.pageCount(), segmented.metadata(), sections,
                        segmented.warnings(), "bench", null, null));
                long t4 = System.nanoTime();
                if (i >= WARM) {
                    int m = i - WARM;
                    long[] marks = {t0, t1, t2, t3, t4};
                    for (int s = 0; s < names.length; s++) {
                        millis[s][m] = (marks[s + 1] - marks[s]) / 1e6;
                    }
                    pages[m] = text.pageCount();
                    // Storage splits into the original's durable file write and the database work; the
                    // file write alone, repeated with the same bytes under a throwaway digest, gives the
                    // split (the DB part is the rest). It runs outside the timed stages above.
                    String throwaway = Sha256.of(sha);
                    long w0 = System.nanoTime();
                    originals.put(throwaway, content);
                    originalWrite[m] = (System.nanoTime() - w0) / 1e6;
                    // Raw PDFBox on the same bytes right away, so a neighbour's load hits both alike.
                    long r0 = System.nanoTime();
                    try (PDDocument document = Loader.loadPDF(content)) {
                        var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                        stripper.setSuppressDuplicateOverlappingText(false);
                        stripper.getText(document);
                    }
                    rawMillis[m] = (System.nanoTime() - r0) / 1e6;
                    if (m == 0) {
                        System.out.printf("Stage timing: plan shape %s, %d sections%n", shape, sections.size());
                    }
                }
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        double total = 0;
        for (int s = 0; s < names.length; s++) {
            double[] sorted = millis[s].clone();
            Arrays.sort(sorted);
            medians.put(names[s], sorted[MEASURED / 2]);
            total += sorted[MEASURED / 2];
        }
        int[] sortedPages = pages.clone();
        Arrays.sort(sortedPages);
        System.out.printf(Locale.UK, "%nPer-stage time for one plan (NORTHMOOR style, target 20 pages, median %d pages),"
                + " one thread, median of %d plans after %d warm-up:%n%n", sortedPages[MEASURED / 2], MEASURED, WARM);
        System.out.println("| stage | median ms | share |");
        System.out.println("| --- | ---: | ---: |");
        for (var e : medians.entrySet()) {
            System.out.printf(Locale.UK, "| %s | %.1f | %.0f%% |%n", e.getKey(), e.getValue(), 100 * e.getValue() / total);
        }
        System.out.printf(Locale.UK, "| sum of medians | %.1f | 100%% |%n", total);
        double[] sortedWrite = originalWrite.clone();
        Arrays.sort(sortedWrite);
        System.out.printf(Locale.UK, "%nOf storage: the original's file write (O_SYNC, then rename) alone takes a median %.1f ms;"
                + " the rest (transaction and event) about %.1f ms.%n", sortedWrite[MEASURED / 2],
                medians.get(names[3]) - sortedWrite[MEASURED / 2]);
        double[] sortedRaw = rawMillis.clone();
        Arrays.sort(sortedRaw);
        System.out.printf(Locale.UK, "For scale, raw PDFBox (no duplicate suppression) on the same plans, timed right after"
                + " each plan's stages: median %.1f ms.%n", sortedRaw[MEASURED / 2]);
    }
}
