package org.ehcpqa.scoring;

import jakarta.inject.Singleton;
import org.ehcpqa.framework.Criterion;
import org.ehcpqa.framework.CriterionScore;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingCalculator;
import org.ehcpqa.framework.RatingResult;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.checks.ThreadJudgements;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.thread.GoldenThread;
import org.ehcpqa.scoring.thread.GoldenThreadLinker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores plan versions against frameworks. Pure computation: storing is the caller's business.
 *
 * <p>Every distinct check run (code and parameters) is run once per plan, however many criteria
 * or frameworks name it, and the golden thread is linked once per plan and shared by the four
 * golden-thread checks and the assessment: scoring a plan against both shipped frameworks reads it
 * once per run, not once per criterion.
 */
@Singleton
public class AssessmentService {

    private static final Logger LOG = LoggerFactory.getLogger(AssessmentService.class);

    private final CheckLibrary library;
    private final Lexicons lexicons;
    private final CriterionScorer scorer;
    private final RatingCalculator calculator;
    private final GoldenThreadLinker linker = new GoldenThreadLinker();

    public AssessmentService(CheckLibrary library, Lexicons lexicons, CriterionScorer scorer,
                             RatingCalculator calculator) {
        this.library = library;
        this.lexicons = lexicons;
        this.scorer = scorer;
        this.calculator = calculator;
    }

    public Assessment assess(PlanView plan, QaFramework framework) {
        return assessAll(plan, List.of(framework)).get(0);
    }

    /** One assessment per framework, in the order given, sharing check runs between them. */
    public List<Assessment> assessAll(PlanView plan, List<QaFramework> frameworks) {
        PlanForScoring forScoring = forScoring(plan);
        GoldenThread thread = linker.link(forScoring, lexicons, GoldenThreadLinker.DEFAULT_MIN_LINK_SCORE);
        Map<CheckRun, CheckOutcome> outcomes = new LinkedHashMap<>();
        for (QaFramework framework : frameworks) {
            for (CheckRun run : runsOf(framework)) {
                if (!outcomes.containsKey(run)) {
                    run(run, forScoring, thread, outcomes);
                }
            }
        }
        List<Assessment> assessments = new ArrayList<>();
        for (QaFramework framework : frameworks) {
            assessments.add(rate(plan, framework, outcomes, thread));
        }
        return assessments;
    }

    private Assessment rate(PlanView plan, QaFramework framework, Map<CheckRun, CheckOutcome> outcomes,
                            GoldenThread thread) {
        List<CriterionAssessment> criteria = new ArrayList<>();
        Map<String, CriterionScore> scores = new LinkedHashMap<>();
        for (Criterion criterion : framework.criteria()) {
            CriterionAssessment assessed = scorer.score(criterion, outcomes);
            criteria.add(assessed);
            scores.put(criterion.id(), CriterionScorer.toScore(assessed));
        }
        RatingResult rating = calculator.rate(framework, scores);
        List<CheckOutcome> used = runsOf(framework).stream().map(outcomes::get)
                .filter(outcome -> outcome != null).toList();
        return new Assessment(plan.id(), plan.versionId(), framework, rating, criteria, Flags.collect(used), thread);
    }

    /**
     * A check that throws (a framework parameter of the wrong type, or a bug) costs its criteria
     * their suggestion, not the whole assessment. Only the exception's class is logged: messages
     * of text-processing code may quote the plan.
     */
    private void run(CheckRun run, PlanForScoring plan, GoldenThread thread, Map<CheckRun, CheckOutcome> outcomes) {
        if (library.find(run.code()).isEmpty()) {
            return;
        }
        try {
            // The golden-thread checks are judged from the thread linked above instead of linking again.
            outcomes.put(run, ThreadJudgements.judge(run.code(), thread, run.params())
                    .orElseGet(() -> library.run(run.code(), plan, run.params(), lexicons)));
        } catch (RuntimeException e) {
            LOG.warn("Check {} failed ({}); its criteria are left to the auditor.", run.code().code(),
                    e.getClass().getName());
        }
    }

    private static Set<CheckRun> runsOf(QaFramework framework) {
        Set<CheckRun> runs = new LinkedHashSet<>();
        framework.criteria().forEach(criterion -> criterion.checks().forEach(ref -> runs.add(CheckRun.of(ref))));
        return runs;
    }

    /**
     * The closing text is not stored apart from section K, so K's tail stands for it. A heading
     * that appears twice (a contents page the segmenter kept) must not hide the section's body:
     * an empty section is dropped when another section with the same code has text, because
     * checks read the first section of each code.
     */
    public static PlanForScoring forScoring(PlanView plan) {
        Set<SectionCode> withText = EnumSet.noneOf(SectionCode.class);
        plan.sections().stream().filter(s -> !s.text().isBlank()).forEach(s -> withText.add(s.code()));
        List<PlanSection> sections = plan.sections().stream()
                .filter(section -> !section.text().isBlank() || !withText.contains(section.code()))
                .map(section -> new PlanSection(section.code(), section.title(), section.text()))
                .toList();
        return new PlanForScoring(plan.metadata(), sections);
    }
}
