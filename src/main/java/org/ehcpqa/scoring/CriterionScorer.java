package org.ehcpqa.scoring;

import jakarta.inject.Singleton;
import org.ehcpqa.framework.CheckReference;
import org.ehcpqa.framework.Criterion;
import org.ehcpqa.framework.CriterionScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the outcomes of a criterion's checks into a suggested result.
 * <ul>
 *   <li>score: the mean of its applicable checks' scores, each check weighing the same (a
 *       framework gives criteria weights, not checks); NOT_APPLICABLE checks are left out
 *       rather than counted as 100, so they neither lift nor sink the criterion;</li>
 *   <li>MET at {@value #MET_FROM} or more with no failed check, PARTLY_MET from
 *       {@value #PARTLY_MET_FROM}, NOT_MET below; a failed check caps the result at PARTLY_MET,
 *       because a failure is something the auditor must see even when the share is high;</li>
 *   <li>NOT_APPLICABLE when every check that ran was; NOT_ASSESSED when none could run
 *       (no checks, or only unregistered ones such as copied_text).</li>
 * </ul>
 */
@Singleton
public class CriterionScorer {

    static final double MET_FROM = 80;
    static final double PARTLY_MET_FROM = 50;

    /** @param outcomes outcomes by run; a run missing here had no registered check */
    public CriterionAssessment score(Criterion criterion, Map<CheckRun, CheckOutcome> outcomes) {
        List<CheckOutcome> ran = new ArrayList<>();
        for (CheckReference reference : criterion.checks()) {
            CheckOutcome outcome = outcomes.get(CheckRun.of(reference));
            if (outcome != null) {
                ran.add(outcome);
            }
        }
        List<CheckOutcome> applicable = ran.stream().filter(o -> o.result() != CheckResult.NOT_APPLICABLE).toList();
        if (ran.isEmpty()) {
            return new CriterionAssessment(criterion.id(), criterion.section(), CriterionVerdict.NOT_ASSESSED, null,
                    "No automatic check covers this criterion; an auditor must judge it.", ran);
        }
        if (applicable.isEmpty()) {
            return new CriterionAssessment(criterion.id(), criterion.section(), CriterionVerdict.NOT_APPLICABLE,
                    null, explain(ran), ran);
        }
        double score = applicable.stream().mapToInt(CheckOutcome::score).average().orElseThrow();
        boolean failed = applicable.stream().anyMatch(o -> o.result() == CheckResult.FAIL);
        CriterionVerdict verdict = score >= MET_FROM && !failed ? CriterionVerdict.MET
                : score >= PARTLY_MET_FROM ? CriterionVerdict.PARTLY_MET : CriterionVerdict.NOT_MET;
        return new CriterionAssessment(criterion.id(), criterion.section(), verdict, score, explain(ran), ran);
    }

    /** What the rating calculator needs: the score, or not applicable for both kinds of "no score". */
    public static CriterionScore toScore(CriterionAssessment assessment) {
        return assessment.score() == null ? CriterionScore.notApplicable() : CriterionScore.of(assessment.score());
    }

    /** The checks' own one-sentence summaries, failures first, so the reason leads. */
    private static String explain(List<CheckOutcome> outcomes) {
        List<String> sentences = new ArrayList<>();
        outcomes.stream().filter(o -> o.result() == CheckResult.FAIL).forEach(o -> sentences.add(o.summary()));
        outcomes.stream().filter(o -> o.result() != CheckResult.FAIL).forEach(o -> sentences.add(o.summary()));
        return String.join(" ", sentences);
    }
}
