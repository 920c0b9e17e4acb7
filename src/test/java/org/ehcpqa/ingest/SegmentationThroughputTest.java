package org.ehcpqa.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingestion has to keep up with about 1,000 pages a second end to end on two cores, and segmentation is
 * only one step of it, so it must cost far less than a millisecond a page.
 */
class SegmentationThroughputTest {

    @Test
    void segmentsThousandsOfPagesASecond() {
        PlanSegmenter segmenter = Segmenters.segmenter();
        List<ExtractedText> plans = new ArrayList<>();
        int pages = 0;
        for (HandwrittenPlans.Plan plan : HandwrittenPlans.all()) {
            plans.add(plan.text());
            pages += plan.text().pageCount();
        }
        ExtractedText big = bigPlan(400);
        for (int warm = 0; warm < 30; warm++) {
            plans.forEach(segmenter::segment);
        }
        segmenter.segment(big);

        // CPU time of this thread, not wall time: the build machine is shared, and a busy neighbour
        // must not make the figure lie in either direction.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        int rounds = 100;
        for (int round = 0; round < rounds; round++) {
            plans.forEach(segmenter::segment);
        }
        segmenter.segment(big);
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        double pagesPerSecond = (pages * (double) rounds + big.pageCount()) / seconds;
        System.out.printf("Segmentation throughput: %.0f pages per CPU-second%n", pagesPerSecond);
        assertThat(pagesPerSecond).isGreaterThan(1_500);
    }

    /** A long plan: page after page of body text under few headings, as in a plan with long appendices. */
    private static ExtractedText bigPlan(int pageCount) {
        StringBuilder text = new StringBuilder("Name: Big Example\nDate of birth: 1 May 2012\n");
        List<Integer> starts = new ArrayList<>();
        for (int page = 1; page <= pageCount; page++) {
            starts.add(page == 1 ? 0 : text.length());
            text.append("EHCP \u2013 Big Example \u2013 OFFICIAL-SENSITIVE\n");
            if (page % 40 == 1) {
                text.append("Section ").append((char) ('A' + Math.min(10, page / 40))).append(": Heading\n");
            }
            for (int line = 0; line < 40; line++) {
                text.append("The provision for line ").append(line).append(" of page ").append(page)
                        .append(" is delivered weekly by a trained teaching assistant in a small group.\n");
            }
            text.append("Page ").append(page).append(" of ").append(pageCount).append('\n');
        }
        return new ExtractedText(text.toString(), starts, "application/pdf");
    }
}
