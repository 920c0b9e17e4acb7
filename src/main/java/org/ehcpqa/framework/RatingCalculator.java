package org.ehcpqa.framework;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns criterion scores into section and overall ratings, as the framework's README describes:
 * <ol>
 *   <li>a section's score is the weighted average of its applicable criteria, the weights renormalised over those
 *       that apply, so "not applicable" neither rewards nor punishes a plan;</li>
 *   <li>the overall score is the weighted average of the applicable sections, renormalised the same way;</li>
 *   <li>scores are banded on the scale, then limiting rules cap ratings: rules for a section see the uncapped
 *       section ratings, rules for the overall rating see the final section ratings, so rules never chase each
 *       other in a loop.</li>
 * </ol>
 * Scores are never capped, only ratings: the score stays an honest measure and the cap is explained beside it.
 */
@Singleton
public class RatingCalculator {

    public RatingResult rate(QaFramework framework, Map<String, CriterionScore> scores) {
        checkScoresMatch(framework, scores);
        RatingScale scale = framework.scale();
        List<SectionResult> uncapped = new ArrayList<>();
        for (FrameworkSection section : framework.sections()) {
            uncapped.add(scoreSection(framework, section, scores));
        }
        List<LimitJudgement> limits = new ArrayList<>();
        List<SectionResult> sections = new ArrayList<>();
        for (SectionResult section : uncapped) {
            Limits capped = applyRules(framework, section.section(), section.uncappedRating(),
                    trigger -> triggerRating(trigger, uncapped));
            limits.addAll(capped.judgements());
            sections.add(new SectionResult(section.section(), section.weight(), section.score(),
                    section.uncappedRating(), capped.rating(), section.criteria()));
        }
        Double overallScore = weightedAverage(sections.stream()
                .filter(SectionResult::applicable)
                .map(section -> new double[] {section.weight(), section.score()}).toList());
        RatingLevel uncappedOverall = overallScore == null ? null : scale.levelFor(overallScore);
        Limits overall = applyRules(framework, null, uncappedOverall,
                trigger -> triggerRating(trigger, sections));
        limits.addAll(overall.judgements());
        return new RatingResult(framework.id(), framework.version(), framework.hash(), overallScore,
                uncappedOverall, overall.rating(), sections, limits);
    }

    private static SectionResult scoreSection(QaFramework framework, FrameworkSection section,
                                              Map<String, CriterionScore> scores) {
        List<CriterionResult> criteria = new ArrayList<>();
        List<double[]> weighted = new ArrayList<>();
        for (Criterion criterion : framework.criteriaOf(section.code())) {
            CriterionScore score = scores.get(criterion.id());
            RatingLevel level = score.applicable() ? framework.scale().levelFor(score.value()) : null;
            criteria.add(new CriterionResult(criterion.id(), criterion.weight(), score.value(), level));
            if (score.applicable()) {
                weighted.add(new double[] {criterion.weight(), score.value()});
            }
        }
        Double sectionScore = weightedAverage(weighted);
        RatingLevel level = sectionScore == null ? null : framework.scale().levelFor(sectionScore);
        return new SectionResult(section.code(), section.weight(), sectionScore, level, level, criteria);
    }

    /** Pairs of {weight, score}; null when there are none, which is how "not applicable" travels upwards. */
    private static Double weightedAverage(List<double[]> pairs) {
        double weights = pairs.stream().mapToDouble(pair -> pair[0]).sum();
        if (pairs.isEmpty() || weights == 0) {
            return null;
        }
        return pairs.stream().mapToDouble(pair -> pair[0] * pair[1]).sum() / weights;
    }

    /**
     * The rating a rule's trigger had: a criterion's own banded score, or a section's rating as it stands in the
     * given list (uncapped while section rules run, final while overall rules run).
     */
    private static RatingLevel triggerRating(LimitingRule rule, List<SectionResult> sections) {
        for (SectionResult section : sections) {
            if (rule.section() != null && section.section() == rule.section()) {
                return section.rating();
            }
            for (CriterionResult criterion : section.criteria()) {
                if (criterion.criterionId().equals(rule.criterion())) {
                    return criterion.rating();
                }
            }
        }
        return null;
    }

    private static Limits applyRules(QaFramework framework, SectionCode target, RatingLevel uncapped,
                                     Function<LimitingRule, RatingLevel> triggerRatings) {
        if (uncapped == null) {
            return new Limits(null, List.of());
        }
        RatingScale scale = framework.scale();
        List<LimitingRule> fired = new ArrayList<>();
        RatingLevel rating = uncapped;
        LimitingRule decisive = null;
        for (LimitingRule rule : framework.rating().limitingRules()) {
            RatingLevel triggered = rule.appliesTo() == target ? triggerRatings.apply(rule) : null;
            if (triggered != null && scale.atOrWorseThan(triggered, level(scale, rule.atOrWorseThan()))) {
                fired.add(rule);
                RatingLevel cap = level(scale, rule.capAt());
                if (scale.rank(cap) > scale.rank(rating)) {
                    rating = cap;
                    decisive = rule;
                }
            }
        }
        List<LimitJudgement> judgements = new ArrayList<>();
        for (LimitingRule rule : fired) {
            RatingLevel cap = level(scale, rule.capAt());
            judgements.add(LimitJudgement.of(rule, triggerRatings.apply(rule), level(scale, rule.atOrWorseThan()),
                    cap, uncapped, rating, scale.rank(cap) > scale.rank(uncapped), rule == decisive));
        }
        return new Limits(rating, judgements);
    }

    private static RatingLevel level(RatingScale scale, String id) {
        return scale.level(id).orElseThrow(() -> new IllegalStateException("validated framework lacks level " + id));
    }

    private static void checkScoresMatch(QaFramework framework, Map<String, CriterionScore> scores) {
        Set<String> expected = new HashSet<>();
        framework.criteria().forEach(criterion -> expected.add(criterion.id()));
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(scores.keySet());
        Set<String> unknown = new HashSet<>(scores.keySet());
        unknown.removeAll(expected);
        if (!missing.isEmpty() || !unknown.isEmpty() || scores.values().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("scores must cover exactly the criteria of framework "
                    + framework.id() + "; missing " + missing.stream().sorted().toList() + ", unknown "
                    + unknown.stream().sorted().toList() + " (use CriterionScore.notApplicable() where one does not apply)");
        }
    }

    private record Limits(RatingLevel rating, List<LimitJudgement> judgements) {
    }
}
