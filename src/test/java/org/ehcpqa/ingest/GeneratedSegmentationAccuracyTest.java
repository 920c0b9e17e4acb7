package org.ehcpqa.ingest;

import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SectionTruth;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Segmentation accuracy on the synthetic generator's plans, every house style, in plain text and in
 * every office format. A section is right when its body starts and ends with the truth's first and last
 * {@value #WORDS} words. The generator's truth holds H1 and H2 under one heading as a single H1 entry;
 * the segmenter gives the same text under H1 and H2, so an H2 whose text is H1's is not counted extra.
 */
class GeneratedSegmentationAccuracyTest {

    private static final int WORDS = 6;
    private static final int PLANS_PER_STYLE_TXT = 40;
    private static final int PLANS_PER_STYLE_AND_FORMAT = 4;

    private final PlanSegmenter segmenter = Segmenters.segmenter();

    private record Tally(int[] counts) {
        Tally() {
            this(new int[5]);
        }

        void add(SectionScorer.Score score, int metadataRight) {
            counts[0] += score.right();
            counts[1] += score.denominator();
            counts[2] += metadataRight;
            counts[3] += 3;
            counts[4]++;
        }

        double sections() {
            return 100.0 * counts[0] / Math.max(1, counts[1]);
        }

        double metadata() {
            return 100.0 * counts[2] / Math.max(1, counts[3]);
        }

        String line(String label) {
            return String.format("  %-28s plans %3d  sections %5d/%5d = %6.2f%%  metadata %4d/%4d = %6.2f%%",
                    label, counts[4], counts[0], counts[1], sections(), counts[2], counts[3], metadata());
        }
    }

    @Test
    void generatedTextPlansInEveryStyle() throws Exception {
        assumeTrue(GeneratedPlans.available(), "the synthetic plan generator is not merged yet");
        Map<String, Tally> byStyle = new TreeMap<>();
        Tally all = new Tally();
        List<String> problems = new ArrayList<>();
        long seed = 1;
        for (String style : GeneratedPlans.styles()) {
            for (int i = 0; i < PLANS_PER_STYLE_TXT; i++) {
                GeneratedPlan plan = GeneratedPlans.generate(seed++, style, DocumentFormat.TXT,
                        PlanQuality.values()[i % PlanQuality.values().length]);
                evaluate(plan, byStyle.computeIfAbsent(style, s -> new Tally()), all, problems);
            }
        }
        report("Generated TXT plans by style:", byStyle, all, problems);
        assertThat(all.counts()[4]).isGreaterThanOrEqualTo(300);
        assertThat(all.sections()).isGreaterThanOrEqualTo(99.0);
        assertThat(all.metadata()).isGreaterThanOrEqualTo(99.0);
    }

    @Test
    void generatedPlansInEveryFormatThroughExtraction() throws Exception {
        assumeTrue(GeneratedPlans.available(), "the synthetic plan generator is not merged yet");
        Map<String, Tally> byFormat = new TreeMap<>();
        Map<String, Tally> byStyle = new TreeMap<>();
        Tally all = new Tally();
        List<String> problems = new ArrayList<>();
        long seed = 10_000;
        for (String style : GeneratedPlans.styles()) {
            for (DocumentFormat format : DocumentFormat.values()) {
                for (int i = 0; i < PLANS_PER_STYLE_AND_FORMAT; i++) {
                    GeneratedPlan plan = GeneratedPlans.generate(seed++, style, format,
                            PlanQuality.values()[i % PlanQuality.values().length]);
                    Tally formatTally = byFormat.computeIfAbsent(format.name(), f -> new Tally());
                    int before = problems.size();
                    evaluate(plan, formatTally, all, problems);
                    Tally styleTally = byStyle.computeIfAbsent(style, s -> new Tally());
                    SectionScorer.Score last = lastScore;
                    styleTally.add(last, lastMetadata);
                    if (problems.size() > before) {
                        problems.set(problems.size() - 1, format + " " + problems.get(problems.size() - 1));
                    }
                }
            }
        }
        report("Generated plans by format:", byFormat, all, problems);
        report("Generated plans (all formats) by style:", byStyle, all, List.of());
        assertThat(all.sections()).as("all formats").isGreaterThanOrEqualTo(99.0);
        // Every office format goes through the real DocumentExtractor.
        for (String format : List.of("TXT", "DOC", "DOCX", "RTF", "PDF", "ODT")) {
            assertThat(byFormat.get(format).sections()).as(format).isGreaterThanOrEqualTo(99.0);
            assertThat(byFormat.get(format).metadata()).as(format).isGreaterThanOrEqualTo(99.0);
        }
    }

    private SectionScorer.Score lastScore;
    private int lastMetadata;

    private void evaluate(GeneratedPlan plan, Tally tally, Tally all, List<String> problems) throws Exception {
        SegmentedPlan segmented = segmenter.segment(plan.format() == DocumentFormat.TXT
                ? GeneratedPlans.extract(plan) : GeneratedPlans.extractWithExtractor(plan));
        List<SectionTruth> truth = plan.truth().sections();
        List<SectionScorer.Expected> expected = truth.stream()
                .map(s -> new SectionScorer.Expected(s.code(), 0, firstWords(s.text()), lastWords(s.text()))).toList();
        SectionScorer.Score score = SectionScorer.score(expected, comparable(segmented.sections(), truth));
        PlanMetadata want = plan.truth().metadata();
        PlanMetadata got = segmented.metadata();
        int metadataRight = (Objects.equals(want.childName(), got.childName()) ? 1 : 0)
                + (Objects.equals(want.dateOfBirth(), got.dateOfBirth()) ? 1 : 0)
                + (Objects.equals(want.issueDate(), got.issueDate()) ? 1 : 0);
        tally.add(score, metadataRight);
        all.add(score, metadataRight);
        lastScore = score;
        lastMetadata = metadataRight;
        if ((!score.problems().isEmpty() || metadataRight < 3) && problems.size() < 40) {
            problems.add(plan.fileName() + " " + score.problems() + (metadataRight < 3
                    ? " metadata got " + got.childName() + "/" + got.dateOfBirth() + "/" + got.issueDate()
                    + " want " + want.childName() + "/" + want.dateOfBirth() + "/" + want.issueDate() : ""));
        }
    }

    /** Drops the H2 copy of a combined H1/H2 section when the truth keeps the pair as one H1 entry. */
    private static List<SegmentedSection> comparable(List<SegmentedSection> found, List<SectionTruth> truth) {
        boolean truthHasH2 = truth.stream().anyMatch(s -> s.code() == SectionCode.H2);
        if (truthHasH2) {
            return found;
        }
        String h1 = found.stream().filter(s -> s.code() == SectionCode.H1).map(SegmentedSection::text)
                .findFirst().orElse(null);
        return found.stream().filter(s -> !(s.code() == SectionCode.H2 && s.text().equals(h1))).toList();
    }

    private static String firstWords(String text) {
        String[] words = SectionScorer.collapse(text).split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(WORDS, words.length)));
    }

    private static String lastWords(String text) {
        String[] words = SectionScorer.collapse(text).split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - WORDS), words.length));
    }

    private static void report(String heading, Map<String, Tally> groups, Tally all, List<String> problems) {
        System.out.println(heading);
        groups.forEach((name, tally) -> System.out.println(tally.line(name)));
        System.out.println(all.line("ALL"));
        problems.forEach(p -> System.out.println("    " + p));
    }
}
