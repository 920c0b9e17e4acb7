package org.ehcpqa.benchmark;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ehcpqa.ingest.DocumentExtractor;
import org.ehcpqa.ingest.DocumentTypeDetector;
import org.ehcpqa.ingest.ExtractedText;
import org.ehcpqa.ingest.IngestLimits;
import org.ehcpqa.ingest.PlanSegmenter;
import org.ehcpqa.ingest.Segmenters;
import org.ehcpqa.ingest.SegmentedPlan;
import org.ehcpqa.synthetic.HouseStyle;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU time per plan of the ingest stages that need no database (raw PDFBox, the service's extraction,
 * segmentation, the plan-shape check), on one thread over corpus files of every house style. Thread
 * CPU time, not wall time, so a neighbour's load on the shared machine does not move the figures much.
 * Run with {@code -Dbench.main=org.ehcpqa.benchmark.StageCpuBench}; {@code bench.count} files
 * (default 80), {@code bench.repeats} rounds (default 5) after one warm-up round.
 */
public final class StageCpuBench {

    private StageCpuBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.count", 80);
        int rounds = Integer.getInteger("bench.repeats", 5);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        BenchCorpus corpus = BenchCorpus.load(dir.resolve("corpus"), Long.getLong("bench.seed", 20251126L),
                count, 1, List.of(HouseStyle.values()));
        List<byte[]> files = new ArrayList<>();
        long pages = 0;
        for (BenchCorpus.Entry entry : corpus.slice(0, count)) {
            files.add(BenchCorpus.read(entry));
            pages += entry.pages();
        }
        IngestLimits limits = IngestLimits.defaults();
        PlanSegmenter segmenter = Segmenters.segmenter();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (DocumentExtractor extractor = new DocumentExtractor(limits, new DocumentTypeDetector(limits))) {
            List<ExtractedText> texts = new ArrayList<>();
            for (byte[] file : files) {
                texts.add(extractor.extract(file, "plan.pdf"));
            }
            for (int round = 0; round <= rounds; round++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                for (byte[] file : files) {
                    try (PDDocument document = Loader.loadPDF(file)) {
                        PDFTextStripper stripper = new PDFTextStripper();
                        stripper.setSuppressDuplicateOverlappingText(false);
                        stripper.getText(document);
                    }
                }
                long t1 = cpu.getCurrentThreadCpuTime();
                // The service's extractor runs on its own worker: wall time here, on a quiet thread.
                long w1 = System.nanoTime();
                for (byte[] file : files) {
                    extractor.extract(file, "plan.pdf");
                }
                long w2 = System.nanoTime();
                long t2 = cpu.getCurrentThreadCpuTime();
                List<SegmentedPlan> segmented = new ArrayList<>();
                for (ExtractedText text : texts) {
                    segmented.add(segmenter.segment(text));
                }
                long t3 = cpu.getCurrentThreadCpuTime();
                int plans = 0;
                for (int i = 0; i < texts.size(); i++) {
                    if (segmenter.assess(texts.get(i), segmented.get(i)) == org.ehcpqa.ingest.PlanShape.EHCP) {
                        plans++;
                    }
                }
                long t4 = cpu.getCurrentThreadCpuTime();
                if (round > 0) {
                    double n = files.size();
                    System.out.printf(Locale.UK, "round %d: raw PDFBox %.2f ms CPU, service extraction %.2f ms wall, "
                                    + "segment %.2f ms CPU, shape check %.2f ms CPU per plan (%d of %d EHCP, %.1f pages a plan)%n",
                            round, (t1 - t0) / 1e6 / n, (w2 - w1) / 1e6 / n, (t3 - t2) / 1e6 / n, (t4 - t3) / 1e6 / n,
                            plans, files.size(), pages / n);
                }
            }
        }
        System.exit(0);
    }
}
