package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How far two sets of ordinal ratings of the same things agree.
 *
 * @param pairs             how many things both rated
 * @param exactAgreement    share of pairs with the same rating
 * @param adjacentAgreement share of pairs at most one step apart on the scale
 * @param weightedKappa     Cohen's kappa with linear weights; null when chance agreement is already total (every
 *                          pair in one category), where kappa is undefined
 */
@Serdeable
public record AgreementFigures(int pairs, @Nullable Double exactAgreement, @Nullable Double adjacentAgreement,
                               @Nullable Double weightedKappa) {
}
