package org.ehcpqa.scoring;

import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Does the automatic overall score tell strong plans from weak ones? The figure is the AUC: the
 * share of (strong, weak) pairs in which the strong plan scores higher, ties counting half.
 * 10 strong and 10 weak plans across every house style, sectioned as their truth says, so that
 * the figure measures the scorer and not extraction or segmentation.
 */
class StrongVersusWeakTest {

    private static final int EACH = 10;

    @Test
    void strongPlansScoreAboveWeakOnes() {
        AssessmentService service = GeneratedPlans.service();
        List<QaFramework> frameworks = GeneratedPlans.shippedFrameworks();
        SyntheticPlanGenerator generator = new SyntheticPlanGenerator();
        HouseStyle[] styles = HouseStyle.values();
        List<List<Double>> strong = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> weak = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < 2 * EACH; i++) {
            PlanQuality quality = i % 2 == 0 ? PlanQuality.STRONG : PlanQuality.WEAK;
            HouseStyle style = styles[(i / 2 + i % 2 * 3) % styles.length];
            var plan = GeneratedPlans.fromTruth(generator.generate(500 + i, style, DocumentFormat.TXT, quality), i + 1);
            List<Assessment> assessments = service.assessAll(plan, frameworks);
            for (int f = 0; f < frameworks.size(); f++) {
                (quality == PlanQuality.STRONG ? strong : weak).get(f)
                        .add(assessments.get(f).rating().overallScore());
            }
        }
        for (int f = 0; f < frameworks.size(); f++) {
            double auc = auc(strong.get(f), weak.get(f));
            System.out.printf("Strong vs weak AUC (%s): %.3f; mean overall score strong %.1f, weak %.1f%n",
                    frameworks.get(f).id(), auc, mean(strong.get(f)), mean(weak.get(f)));
            assertThat(auc).as(frameworks.get(f).id()).isGreaterThanOrEqualTo(0.9);
        }
    }

    static double auc(List<Double> positives, List<Double> negatives) {
        double wins = 0;
        for (double p : positives) {
            for (double n : negatives) {
                wins += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        return wins / (positives.size() * negatives.size());
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
