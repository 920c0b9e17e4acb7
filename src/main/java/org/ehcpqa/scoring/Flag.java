package org.ehcpqa.scoring;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.SectionCode;

import java.util.List;

/**
 * One finding of a failed check, for the auditor's list of things to look at.
 *
 * @param section  null when the finding is about the plan as a whole or its closing text
 * @param evidence spans of that section's text; empty when something is absent
 */
public record Flag(CheckCode check, @Nullable SectionCode section, List<Evidence> evidence, String explanation) {

    public Flag {
        evidence = List.copyOf(evidence);
    }
}
