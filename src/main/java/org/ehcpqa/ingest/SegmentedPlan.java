package org.ehcpqa.ingest;

import org.ehcpqa.plan.PlanMetadata;

import java.util.List;

/**
 * A plan's text cut into its statutory sections.
 *
 * @param sections in the order they stand in the document
 * @param warnings plain sentences about what is odd: a missing section, a duplicated heading,
 *                 an unusual order
 */
public record SegmentedPlan(PlanMetadata metadata, List<SegmentedSection> sections, List<String> warnings) {

    public SegmentedPlan {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }
}
