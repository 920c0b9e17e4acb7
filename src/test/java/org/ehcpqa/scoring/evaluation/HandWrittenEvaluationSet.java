package org.ehcpqa.scoring.evaluation;

import org.ehcpqa.ingest.DocumentExtractor;
import org.ehcpqa.ingest.DocumentTypeDetector;
import org.ehcpqa.ingest.ExtractedText;
import org.ehcpqa.ingest.IngestLimits;
import org.ehcpqa.ingest.SegmentedPlan;
import org.ehcpqa.ingest.Segmenters;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.evaluation.EvaluationPlan.Intended;
import org.ehcpqa.scoring.evaluation.EvaluationPlan.Subset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The hand-written half of the evaluation set: plain-text plans in src/test/resources/evaluation/
 * hand-written, written in council house styles the generator does not use, and their labels in
 * labels.tsv there. Each plan is sectioned as its author laid it out ({@link HandWrittenPlanReader}),
 * so the figures measure the checks; {@link #readAsIngestDoes} reads the same file through the
 * service's extraction and segmenter, for the report of how the segmenter copes with these styles.
 *
 * <p>labels.tsv: one line per fact, tab-separated: {@code plan  intended  STRONG|MIXED|WEAK}, or
 * {@code plan  check_code  section  [evidence]}, where the evidence is words quoted exactly from
 * the section. Lines starting with # are comments.
 */
public final class HandWrittenEvaluationSet {

    public static final Path FOLDER = Path.of("src/test/resources/evaluation/hand-written");

    private HandWrittenEvaluationSet() {
    }

    public static List<EvaluationPlan> plans() {
        Map<String, Intended> intended = new LinkedHashMap<>();
        Map<String, List<Label>> labels = new LinkedHashMap<>();
        readLabels(intended, labels);
        List<EvaluationPlan> plans = new ArrayList<>();
        long id = 1_000;
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".txt", "");
                if (!intended.containsKey(name)) {
                    throw new IllegalStateException(name + " has no 'intended' line in labels.tsv");
                }
                plans.add(new EvaluationPlan("hw-" + name, Subset.HAND_WRITTEN, intended.get(name),
                        HandWrittenPlanReader.read(Files.readString(file), file.getFileName().toString(), ++id),
                        labels.getOrDefault(name, List.of())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (plans.size() != intended.size()) {
            throw new IllegalStateException("labels.tsv names plans that have no file: " + intended.keySet());
        }
        return plans;
    }

    private static void readLabels(Map<String, Intended> intended, Map<String, List<Label>> labels) {
        List<String> lines;
        try {
            lines = Files.readAllLines(FOLDER.resolve("labels.tsv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 3) {
                throw new IllegalStateException("labels.tsv line " + number + " has fewer than three cells");
            }
            String plan = cells[0].trim();
            if (cells[1].trim().equals("intended")) {
                intended.put(plan, Intended.valueOf(cells[2].trim()));
                continue;
            }
            int at = number;
            CheckCode check = CheckCode.fromCode(cells[1].trim()).orElseThrow(() ->
                    new IllegalStateException("labels.tsv line " + at + ": unknown check " + cells[1]));
            SectionCode section = cells[2].trim().equals("-") ? null : SectionCode.valueOf(cells[2].trim());
            String evidence = cells.length > 3 && !cells[3].isBlank() ? cells[3].trim() : null;
            labels.computeIfAbsent(plan, p -> new ArrayList<>()).add(new Label(check, section, evidence));
        }
    }

    /** The file as ingest reads an uploaded text file: extraction, then the service's segmenter. */
    static PlanView readAsIngestDoes(byte[] content, String fileName, long id) {
        IngestLimits limits = IngestLimits.defaults();
        try (DocumentExtractor extractor = new DocumentExtractor(limits, new DocumentTypeDetector(limits))) {
            ExtractedText text = extractor.extract(content, fileName);
            SegmentedPlan plan = Segmenters.segmenter().segment(text);
            List<PlanSection> sections = plan.sections().stream()
                    .map(s -> new PlanSection(s.code(), s.title(), s.text(), s.startPage())).toList();
            return new PlanView(id, id, 1, PlanStatus.PROCESSED, fileName, "", text.mediaType(),
                    text.pageCount(), plan.metadata(), sections, plan.warnings(), null, null, null);
        }
    }
}
