package org.ehcpqa.scoring.evaluation;

import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Assessment;
import org.ehcpqa.scoring.AssessmentService;
import org.ehcpqa.scoring.Check;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.Flags;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.Evidence;
import org.ehcpqa.scoring.Flag;
import org.ehcpqa.scoring.evaluation.EvaluationPlan.Intended;
import org.ehcpqa.scoring.evaluation.EvaluationPlan.Subset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores every evaluation plan with the shipped frameworks and compares the flags with the labels.
 *
 * <p>The flags compared are the findings of every check that fails, each check run with its own
 * default parameters; the ratings compared for the AUC are each shipped framework's. A flag matches a label when the check code and section agree and,
 * when the label quotes evidence, one of the flag's evidence spans overlaps that quotation in the
 * section text. Precision is the share of flags that match a label; recall the share of labels
 * matched by a flag.
 */
public final class ScoringEvaluation {

    /** Counts for one check on one subset. */
    public static final class Counts {
        int labels;
        int labelsFound;
        int flags;
        int flagsRight;

        public int labels() {
            return labels;
        }

        public int flags() {
            return flags;
        }

        /** NaN when the check raised no flag. */
        public double precision() {
            return flags == 0 ? Double.NaN : (double) flagsRight / flags;
        }

        /** NaN when no defect of this kind is labelled. */
        public double recall() {
            return labels == 0 ? Double.NaN : (double) labelsFound / labels;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
        }
    }

    /** One flag without a label, or one label without a flag, for the report and for debugging. */
    public record Miss(String plan, CheckCode check, SectionCode section, String what) {
    }

    private final Map<Subset, Map<CheckCode, Counts>> counts = new EnumMap<>(Subset.class);
    private final List<String> labelProblems = new ArrayList<>();
    private final List<Miss> falsePositives = new ArrayList<>();
    private final List<Miss> falseNegatives = new ArrayList<>();
    private final List<List<Double>> strongScores = new ArrayList<>();
    private final List<List<Double>> weakScores = new ArrayList<>();
    private final Map<Subset, List<List<Double>>> strongBySubset = new EnumMap<>(Subset.class);
    private final Map<Subset, List<List<Double>>> weakBySubset = new EnumMap<>(Subset.class);
    private final Map<Subset, Integer> planCounts = new EnumMap<>(Subset.class);
    private final Map<Subset, Integer> cleanPlans = new EnumMap<>(Subset.class);
    private final List<QaFramework> frameworks;

    private ScoringEvaluation(List<QaFramework> frameworks) {
        this.frameworks = frameworks;
        for (int f = 0; f < frameworks.size(); f++) {
            strongScores.add(new ArrayList<>());
            weakScores.add(new ArrayList<>());
        }
        for (Subset subset : Subset.values()) {
            Map<CheckCode, Counts> bySubset = new EnumMap<>(CheckCode.class);
            for (CheckCode code : CheckCode.values()) {
                bySubset.put(code, new Counts());
            }
            counts.put(subset, bySubset);
            List<List<Double>> strong = new ArrayList<>();
            List<List<Double>> weak = new ArrayList<>();
            for (int f = 0; f < frameworks.size(); f++) {
                strong.add(new ArrayList<>());
                weak.add(new ArrayList<>());
            }
            strongBySubset.put(subset, strong);
            weakBySubset.put(subset, weak);
        }
    }

    /**
     * @param checks every check of the library, each run with its own defaults: the figures are the
     *               checks', not one framework's choice of parameters (statutory-baseline asks
     *               missing_section about C and D only, council-practice allows advice 24 months)
     */
    public static ScoringEvaluation run(AssessmentService service, List<QaFramework> frameworks, List<Check> checks,
                                        Lexicons lexicons, List<EvaluationPlan> plans) {
        ScoringEvaluation evaluation = new ScoringEvaluation(frameworks);
        for (EvaluationPlan plan : plans) {
            PlanForScoring forScoring = AssessmentService.forScoring(plan.plan());
            List<CheckOutcome> outcomes = new ArrayList<>();
            for (Check check : checks) {
                outcomes.add(check.run(forScoring, CheckParams.none(), lexicons));
            }
            evaluation.add(plan, Flags.collect(outcomes), service.assessAll(plan.plan(), frameworks));
        }
        return evaluation;
    }

    private void add(EvaluationPlan plan, List<Flag> raised, List<Assessment> assessments) {
        planCounts.merge(plan.subset(), 1, Integer::sum);
        if (plan.labels().isEmpty()) {
            cleanPlans.merge(plan.subset(), 1, Integer::sum);
        }
        Set<Flag> flags = new LinkedHashSet<>();
        for (Flag flag : raised) {
            flags.add(new Flag(flag.check(), flag.section(), flag.evidence(), ""));
        }
        for (Label label : plan.labels()) {
            if (label.evidence() != null && !text(plan.plan(), label.section()).contains(label.evidence())) {
                labelProblems.add(plan.id() + ": the evidence of " + label + " is not in the text of section "
                        + label.section() + " as the plan was read");
            }
        }
        Map<CheckCode, Counts> bySubset = counts.get(plan.subset());
        for (Label label : plan.labels()) {
            Counts c = bySubset.get(label.check());
            c.labels++;
            if (flags.stream().anyMatch(flag -> matches(flag, label, plan.plan()))) {
                c.labelsFound++;
            } else {
                falseNegatives.add(new Miss(plan.id(), label.check(), label.section(),
                        label.evidence() == null ? "(no evidence)" : label.evidence()));
            }
        }
        for (Flag flag : flags) {
            Counts c = bySubset.get(flag.check());
            c.flags++;
            if (plan.labels().stream().anyMatch(label -> matches(flag, label, plan.plan()))) {
                c.flagsRight++;
            } else {
                falsePositives.add(new Miss(plan.id(), flag.check(), flag.section(), flag.evidence().isEmpty()
                        ? "(no evidence)" : flag.evidence().stream().map(Evidence::text).toList().toString()));
            }
        }
        if (plan.intended() != Intended.MIXED) {
            for (int f = 0; f < assessments.size(); f++) {
                double score = assessments.get(f).rating().overallScore();
                (plan.intended() == Intended.STRONG ? strongScores : weakScores).get(f).add(score);
                (plan.intended() == Intended.STRONG ? strongBySubset : weakBySubset).get(plan.subset()).get(f).add(score);
            }
        }
    }

    static boolean matches(Flag flag, Label label, PlanView plan) {
        if (flag.check() != label.check() || flag.section() != label.section()) {
            return false;
        }
        if (label.evidence() == null) {
            return true;
        }
        String text = text(plan, label.section());
        for (int at = text.indexOf(label.evidence()); at >= 0; at = text.indexOf(label.evidence(), at + 1)) {
            int end = at + label.evidence().length();
            for (Evidence evidence : flag.evidence()) {
                if (evidence.start() < end && evidence.end() > at) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text the checks read for a section: the first section with that code that has text. */
    private static String text(PlanView plan, SectionCode code) {
        if (code == null) {
            return "";
        }
        return plan.sections().stream().filter(s -> s.code() == code && !s.text().isBlank()).findFirst()
                .map(PlanSection::text).orElse("");
    }

    public Counts counts(Subset subset, CheckCode code) {
        return counts.get(subset).get(code);
    }

    public int plans(Subset subset) {
        return planCounts.getOrDefault(subset, 0);
    }

    public int cleanPlans(Subset subset) {
        return cleanPlans.getOrDefault(subset, 0);
    }

    public List<QaFramework> frameworks() {
        return frameworks;
    }

    /** Strong against weak over the whole set, for framework number f (in the order given). */
    public double auc(int framework) {
        return auc(strongScores.get(framework), weakScores.get(framework));
    }

    public double auc(Subset subset, int framework) {
        return auc(strongBySubset.get(subset).get(framework), weakBySubset.get(subset).get(framework));
    }

    public int strongPlans() {
        return strongScores.getFirst().size();
    }

    public int weakPlans() {
        return weakScores.getFirst().size();
    }

    /** Labels whose evidence is not in the plan as read: a mislabelled plan or a segmentation fault. */
    public List<String> labelProblems() {
        return labelProblems;
    }

    public List<Miss> falsePositives() {
        return falsePositives;
    }

    public List<Miss> falseNegatives() {
        return falseNegatives;
    }

    /** The share of (strong, weak) pairs in which the strong plan scores higher, ties counting half. */
    static double auc(List<Double> strong, List<Double> weak) {
        if (strong.isEmpty() || weak.isEmpty()) {
            return Double.NaN;
        }
        double wins = 0;
        for (double s : strong) {
            for (double w : weak) {
                wins += s > w ? 1 : s == w ? 0.5 : 0;
            }
        }
        return wins / (strong.size() * weak.size());
    }
}
