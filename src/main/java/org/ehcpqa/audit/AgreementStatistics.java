package org.ehcpqa.audit;

import java.util.List;

/**
 * Agreement between two raters on an ordinal scale of {@code categories} steps (0 best). Linearly weighted Cohen's
 * kappa: a disagreement of d steps earns partial credit 1 - d/(k-1), so "good" against "outstanding" counts more
 * than "good" against "inadequate"; observed and chance agreement use the same weights:
 * <pre>
 *   po = sum w(i,j) p(i,j)      pe = sum w(i,j) p(i.) p(.j)      kappa = (po - pe) / (1 - pe)
 * </pre>
 */
public final class AgreementStatistics {

    private AgreementStatistics() {
    }

    /** @param pairs each {first rater's rank, second rater's rank}, ranks in [0, categories) */
    public static AgreementFigures of(List<int[]> pairs, int categories) {
        long[][] counts = new long[categories][categories];
        for (int[] pair : pairs) {
            counts[pair[0]][pair[1]]++;
        }
        return of(counts);
    }

    /** @param counts counts[i][j]: how many things the first rater put in category i and the second in j */
    public static AgreementFigures of(long[][] counts) {
        int categories = counts.length;
        if (categories < 2) {
            throw new IllegalArgumentException("a scale needs at least two categories");
        }
        long n = 0;
        long exact = 0;
        long adjacent = 0;
        for (int i = 0; i < categories; i++) {
            for (int j = 0; j < categories; j++) {
                n += counts[i][j];
                exact += i == j ? counts[i][j] : 0;
                adjacent += Math.abs(i - j) <= 1 ? counts[i][j] : 0;
            }
        }
        if (n == 0) {
            return new AgreementFigures(0, null, null, null);
        }
        double[] first = new double[categories];
        double[] second = new double[categories];
        for (int i = 0; i < categories; i++) {
            for (int j = 0; j < categories; j++) {
                first[i] += (double) counts[i][j] / n;
                second[j] += (double) counts[i][j] / n;
            }
        }
        double observed = 0;
        double chance = 0;
        for (int i = 0; i < categories; i++) {
            for (int j = 0; j < categories; j++) {
                double weight = 1.0 - (double) Math.abs(i - j) / (categories - 1);
                observed += weight * counts[i][j] / n;
                chance += weight * first[i] * second[j];
            }
        }
        Double kappa = 1.0 - chance < 1e-12 ? null : (observed - chance) / (1.0 - chance);
        return new AgreementFigures((int) n, (double) exact / n, (double) adjacent / n, kappa);
    }
}
