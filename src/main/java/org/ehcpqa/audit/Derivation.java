package org.ehcpqa.audit;

import jakarta.inject.Singleton;
import org.ehcpqa.framework.Criterion;
import org.ehcpqa.framework.CriterionScore;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingCalculator;
import org.ehcpqa.framework.RatingResult;
import org.ehcpqa.framework.SectionResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Section and overall ratings from a rater's criterion judgements, by the framework's own rule (the same
 * {@link RatingCalculator} the automatic assessment uses, limiting rules included). A criterion not yet judged
 * counts as not applicable until it is, so a half-done audit shows the ratings its judgements so far imply.
 */
@Singleton
class Derivation {

    private final RatingCalculator calculator;

    Derivation(RatingCalculator calculator) {
        this.calculator = calculator;
    }

    List<SectionRow> derive(QaFramework framework, List<CriterionRow> criteria) {
        Map<String, Judgement> results = new HashMap<>();
        criteria.forEach(row -> results.put(row.criterionId(), row.result()));
        Map<String, CriterionScore> scores = new HashMap<>();
        for (Criterion criterion : framework.criteria()) {
            Judgement judgement = results.get(criterion.id());
            scores.put(criterion.id(), judgement == null ? CriterionScore.notApplicable() : judgement.toScore());
        }
        RatingResult rating = calculator.rate(framework, scores);
        List<SectionRow> rows = new ArrayList<>();
        for (SectionResult section : rating.sections()) {
            rows.add(new SectionRow(section.section().name(), section.rating() == null ? null : section.rating().id(),
                    section.score(), null, null));
        }
        rows.add(new SectionRow(SectionRow.OVERALL, rating.overall() == null ? null : rating.overall().id(),
                rating.overallScore(), null, null));
        return rows;
    }
}
