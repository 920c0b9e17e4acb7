package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.SectionCode;

import java.util.List;

/**
 * One thing an auditor judges in one section.
 *
 * @param text     the question or statement the auditor sees
 * @param weight   share of the section score, in percent; the criteria of a section add up to 100
 * @param limiting whether a limiting rule may cap a rating because of this criterion
 * @param citation the law, guidance or practice the criterion comes from
 */
public record Criterion(String id, SectionCode section, String text, @Nullable String guidance, double weight,
                        boolean limiting, String citation, List<CheckReference> checks) {

    public Criterion {
        checks = List.copyOf(checks);
    }
}
