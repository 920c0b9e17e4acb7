package org.ehcpqa.framework;

import java.util.List;

/**
 * How ratings are derived. The arithmetic is fixed (weighted averages over applicable criteria and sections, then
 * banding on the scale); what a framework chooses is which limiting rules cap the result.
 */
public record RatingRule(List<LimitingRule> limitingRules) {

    public RatingRule {
        limitingRules = List.copyOf(limitingRules);
    }
}
