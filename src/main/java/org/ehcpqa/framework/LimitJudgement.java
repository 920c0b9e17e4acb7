package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.SectionCode;

/**
 * A limiting rule that fired, and what it did. Every rule whose condition held is reported, even when it changed
 * nothing, so an auditor can see all the reasons a plan is held back, not only the strongest.
 *
 * @param appliesTo     the section whose rating was capped; null for the overall rating
 * @param trigger       "section F" or "criterion F1"
 * @param triggerRating the level the trigger was rated at
 * @param before        the target's rating from its score alone
 * @param after         the target's final rating, after every rule for that target
 * @param lowered       whether this rule's cap is below {@code before}
 * @param decisive      whether this rule set {@code after} (the lowest cap; the first such rule on a tie)
 * @param reason        a sentence for the auditor, ending with the framework's explanation of the rule
 */
@Serdeable
public record LimitJudgement(String ruleId, @Nullable SectionCode appliesTo, String trigger,
                             RatingLevel triggerRating, RatingLevel threshold, RatingLevel capAt,
                             RatingLevel before, RatingLevel after, boolean lowered, boolean decisive,
                             String reason) {

    static LimitJudgement of(LimitingRule rule, RatingLevel triggerRating, RatingLevel threshold, RatingLevel capAt,
                             RatingLevel before, RatingLevel after, boolean lowered, boolean decisive) {
        String trigger = rule.triggerName();
        String effect = lowered
                ? "so " + rule.targetName() + " is capped at " + capAt.label() + " instead of " + before.label()
                : "which caps " + rule.targetName() + " at " + capAt.label() + ", but it is already " + before.label();
        String reason = capitalise(trigger) + " is rated " + triggerRating.label() + " (" + threshold.label()
                + " or worse), " + effect + ". " + rule.explanation();
        return new LimitJudgement(rule.id(), rule.appliesTo(), trigger, triggerRating, threshold, capAt, before,
                after, lowered, decisive, reason);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
