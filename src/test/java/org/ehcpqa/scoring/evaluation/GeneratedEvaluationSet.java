package org.ehcpqa.scoring.evaluation;

import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanStatus;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.scoring.evaluation.DefectInjector.Defect;
import org.ehcpqa.scoring.evaluation.EvaluationPlan.Intended;
import org.ehcpqa.scoring.evaluation.EvaluationPlan.Subset;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SectionTruth;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * The generated half of the evaluation set, the same on every run: strong plans from fixed seeds
 * across all eight house styles, a third left clean, a third with one to three defects injected and
 * a third with six to eight (written to be weak). Defects are dealt round-robin so every kind
 * occurs about equally often. Plans are sectioned as their truth says, so the figures measure the
 * checks and not the segmenter; the closing text (signature block) is not part of that truth, so
 * missing_signature_or_date is not judged on this subset.
 */
public final class GeneratedEvaluationSet {

    public static final int PLANS = 66;
    private static final long FIRST_SEED = 70_001;

    private GeneratedEvaluationSet() {
    }

    public static List<EvaluationPlan> plans() {
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        HouseStyle[] styles = HouseStyle.values();
        Defect[] defects = Defect.values();
        int next = 0;
        List<EvaluationPlan> plans = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            long seed = FIRST_SEED + i;
            GeneratedPlan generated = generator.generate(seed, styles[i % styles.length], DocumentFormat.TXT,
                    PlanQuality.STRONG);
            DefectInjector injector = new DefectInjector(generated.truth().sections(), generated.truth().metadata(),
                    seed * 31);
            Intended intended = switch (i % 3) {
                case 0 -> Intended.STRONG;
                case 1 -> Intended.MIXED;
                default -> Intended.WEAK;
            };
            int wanted = switch (intended) {
                case STRONG -> 0;
                case MIXED -> 1 + i % 3 + (i / 3) % 2;
                case WEAK -> 6 + (i / 3) % 3;
            };
            int injected = 0;
            for (int tries = 0; injected < wanted && tries < defects.length * 2; tries++) {
                if (injector.inject(defects[next++ % defects.length])) {
                    injected++;
                }
            }
            plans.add(new EvaluationPlan(String.format("gen-%02d-%s", i + 1, styles[i % styles.length].name()
                    .toLowerCase(java.util.Locale.ROOT)), Subset.GENERATED, intended,
                    view(generated, injector.sections(), i + 1), injector.labels()));
        }
        return plans;
    }

    private static PlanView view(GeneratedPlan generated, List<SectionTruth> sections, long id) {
        List<PlanSection> planSections = sections.stream()
                .map(s -> new PlanSection(s.code(), s.title(), s.text(), 1)).toList();
        return new PlanView(id, id, 1, PlanStatus.PROCESSED, generated.fileName(), "", "text/plain", 1,
                generated.truth().metadata(), planSections, List.of(), null, null, null);
    }
}
