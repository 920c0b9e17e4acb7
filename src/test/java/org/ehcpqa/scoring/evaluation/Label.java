package org.ehcpqa.scoring.evaluation;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckCode;

/**
 * One known defect of an evaluation plan: what a correct check must report.
 *
 * @param section  where the defect is; null for a defect of the plan as a whole
 * @param evidence words of that section's text the defect lies in (an item, a sentence, a date);
 *                 null when the defect is an absence, such as a missing section
 */
public record Label(CheckCode check, @Nullable SectionCode section, @Nullable String evidence) {
}
