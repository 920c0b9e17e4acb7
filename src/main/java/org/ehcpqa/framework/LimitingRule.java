package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.SectionCode;

/**
 * "If this section (or criterion) is rated {@code atOrWorseThan} or worse, cap the target's rating at {@code capAt}."
 * Exactly one of {@code section} and {@code criterion} is set.
 *
 * @param appliesTo   the section whose rating is capped, or null for the overall rating
 * @param explanation why the rule exists, shown to auditors next to the capped rating
 */
public record LimitingRule(String id, @Nullable SectionCode section, @Nullable String criterion,
                           String atOrWorseThan, String capAt, @Nullable SectionCode appliesTo,
                           String explanation) {

    /** "section F" or "criterion F1", as said in explanations. */
    public String triggerName() {
        return section != null ? "section " + section : "criterion " + criterion;
    }

    public String targetName() {
        return appliesTo == null ? "the overall rating" : "section " + appliesTo;
    }
}
