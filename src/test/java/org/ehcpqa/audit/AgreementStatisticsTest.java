package org.ehcpqa.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Agreement figures against a reference worked by hand.
 *
 * <p>Ten sections rated by an auditor and a moderator on the four-step Ofsted-style scale (rank 0 outstanding,
 * 1 good, 2 requires improvement, 3 inadequate):
 * <pre>
 *   auditor   0 1 1 1 2 2 2 3 0 3
 *   moderator 0 1 1 2 2 2 3 3 1 1
 * </pre>
 * Exact: pairs 1, 2, 3, 5, 6, 8 are equal, 6 of 10 = 0.6. Adjacent: those six plus (1,2), (2,3) and (0,1), 9 of 10
 * = 0.9; (3,1) is two steps apart.
 *
 * <p>Linear weights with k = 4: w = 1 - |i-j|/3, so 1, 2/3, 1/3, 0 for 0..3 steps apart.
 * Observed po = (6 x 1 + 3 x 2/3 + 1 x 1/3) / 10 = 25/30 = 5/6.
 * Margins: auditor r = (2, 3, 3, 2)/10, moderator c = (1, 4, 3, 2)/10. Chance pe = sum w(i,j) r(i) c(j):
 * <pre>
 *   i=0: 2x1x1 + 2x4x2/3 + 2x3x1/3 + 2x2x0     =  9 1/3
 *   i=1: 3x1x2/3 + 3x4x1 + 3x3x2/3 + 3x2x1/3   = 22
 *   i=2: 3x1x1/3 + 3x4x2/3 + 3x3x1 + 3x2x2/3   = 22
 *   i=3: 2x1x0 + 2x4x1/3 + 2x3x2/3 + 2x2x1     = 10 2/3
 * </pre>
 * total 64 over n^2 = 100, pe = 0.64. Kappa = (5/6 - 16/25) / (1 - 16/25) = (29/150) / (9/25) = 29/54 = 0.537037.
 */
class AgreementStatisticsTest {

    @Test
    void matchesTheHandWorkedReference() {
        int[] auditor = {0, 1, 1, 1, 2, 2, 2, 3, 0, 3};
        int[] moderator = {0, 1, 1, 2, 2, 2, 3, 3, 1, 1};
        List<int[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < auditor.length; i++) {
            pairs.add(new int[] {auditor[i], moderator[i]});
        }
        AgreementFigures figures = AgreementStatistics.of(pairs, 4);
        assertThat(figures.pairs()).isEqualTo(10);
        assertThat(figures.exactAgreement()).isCloseTo(0.6, within(1e-12));
        assertThat(figures.adjacentAgreement()).isCloseTo(0.9, within(1e-12));
        assertThat(figures.weightedKappa()).isCloseTo(29.0 / 54.0, within(1e-12));
    }

    @Test
    void perfectAgreementIsKappaOneAndAllInOneCategoryHasNoKappa() {
        AgreementFigures perfect = AgreementStatistics.of(List.of(new int[] {0, 0}, new int[] {1, 1},
                new int[] {3, 3}), 4);
        assertThat(perfect.weightedKappa()).isCloseTo(1.0, within(1e-12));
        AgreementFigures single = AgreementStatistics.of(List.of(new int[] {1, 1}, new int[] {1, 1}), 4);
        assertThat(single.exactAgreement()).isEqualTo(1.0);
        assertThat(single.weightedKappa()).isNull();
        assertThat(AgreementStatistics.of(List.of(), 4).exactAgreement()).isNull();
    }

    @Test
    void oppositeExtremesAgreeLessThanChance() {
        // Two pairs, (0,3) and (3,0): po = 0; margins (1/2, 0, 0, 1/2) both ways; pe = 1/4 + 1/4 = 1/2; kappa = -1.
        AgreementFigures opposite = AgreementStatistics.of(List.of(new int[] {0, 3}, new int[] {3, 0}), 4);
        assertThat(opposite.weightedKappa()).isCloseTo(-1.0, within(1e-12));
        assertThat(opposite.adjacentAgreement()).isEqualTo(0.0);
    }
}
