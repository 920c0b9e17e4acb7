package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.assessment.AssessmentResponse;
import org.ehcpqa.scoring.assessment.AssessmentResponse.FlagView;
import org.ehcpqa.scoring.assessment.AssessmentResponse.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the plan page shows: each section's text with its flags marked, and the flags listed. */
public final class PlanPage {

    /** One flag, numbered across the plan so marks and list items can point at each other. */
    public record FlagNote(int number, String check, String explanation, @Nullable String section, boolean marked) {

        public String anchor() {
            return "flag-" + number;
        }

        public String markAnchor() {
            return "mark-" + number;
        }
    }

    public record SectionView(String code, String title, String statutoryTitle, int startPage,
                              List<MarkedText.Run> runs, List<FlagNote> flags, @Nullable String rating,
                              @Nullable Double score) {

        public String anchor() {
            return "section-" + code;
        }
    }

    public record Flags(List<SectionView> sections, List<FlagNote> wholePlan, int total) {
    }

    private PlanPage() {
    }

    static Flags build(PlanView plan, @Nullable AssessmentResponse assessment, Map<String, String> ratingLabels) {
        List<FlagView> flags = assessment == null ? List.of() : assessment.flags();
        List<SectionView> sections = new ArrayList<>();
        List<FlagNote> wholePlan = new ArrayList<>();
        List<Boolean> placed = new ArrayList<>();
        flags.forEach(flag -> placed.add(false));
        for (PlanSection section : plan.sections()) {
            String text = section.text() == null ? "" : section.text();
            List<MarkedText.Quote> quotes = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            for (int i = 0; i < flags.size(); i++) {
                FlagView flag = flags.get(i);
                if (!section.code().name().equals(flag.section()) || placed.get(i)) {
                    continue;
                }
                placed.set(i, true);
                numbers.add(i + 1);
                for (Span span : flag.evidence()) {
                    MarkedText.Quote quote = MarkedText.locate(text, i + 1, span.start(), span.end(), span.text());
                    if (quote != null) {
                        quotes.add(quote);
                    }
                }
            }
            List<MarkedText.Run> runs = MarkedText.runs(text, quotes);
            List<Integer> markedNumbers = runs.stream().flatMap(run -> run.flags().stream()).toList();
            List<FlagNote> notes = numbers.stream().map(n -> note(flags.get(n - 1), n, markedNumbers.contains(n)))
                    .toList();
            AssessmentResponse.SectionScore score = assessment == null ? null : assessment.sections().stream()
                    .filter(s -> s.code().equals(section.code().name())).findFirst().orElse(null);
            sections.add(new SectionView(section.code().name(), section.title(), section.code().statutoryTitle(),
                    section.startPage(), runs, notes,
                    score == null || score.rating() == null ? null
                            : ratingLabels.getOrDefault(score.rating(), score.ratingLabel()),
                    score == null ? null : score.score()));
        }
        for (int i = 0; i < flags.size(); i++) {
            if (!placed.get(i)) {
                wholePlan.add(note(flags.get(i), i + 1, false));
            }
        }
        return new Flags(sections, wholePlan, flags.size());
    }

    private static FlagNote note(FlagView flag, int number, boolean marked) {
        return new FlagNote(number, checkName(flag.check()), flag.explanation(), flag.section(), marked);
    }

    /** "vague_provision_wording" reads "Vague provision wording". */
    static String checkName(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String sectionTitle(String code) {
        return SectionCode.parse(code).map(SectionCode::statutoryTitle).orElse(code);
    }
}
