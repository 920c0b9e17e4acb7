package org.ehcpqa.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.SectionCode;

import java.util.List;

/**
 * One thing an auditor should look at.
 *
 * @param section     the section the evidence is in; null when it is about the closing text
 *                    ({@link PlanForScoring#closingText()}) or about the plan as a whole
 * @param evidence    spans of that section's text; empty when the finding is about something absent
 * @param explanation a plain-English sentence that can be read aloud to a caseworker
 */
@Serdeable
public record Finding(@Nullable SectionCode section, List<Evidence> evidence, String explanation) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    public static Finding of(SectionCode section, Evidence evidence, String explanation) {
        return new Finding(section, List.of(evidence), explanation);
    }

    public static Finding absent(@Nullable SectionCode section, String explanation) {
        return new Finding(section, List.of(), explanation);
    }
}
