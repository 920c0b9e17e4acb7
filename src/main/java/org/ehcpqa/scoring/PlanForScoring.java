package org.ehcpqa.scoring;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.SectionCode;

import java.util.List;
import java.util.Optional;

/**
 * What the checks read: the metadata, the sections in document order, and the text that follows
 * the last section (the signature block), which segmenters often cut off from section K.
 *
 * @param closingText text after the last section, or null when the segmenter kept it inside the
 *                    last section; findings about it carry no section and spans into this text
 */
public record PlanForScoring(PlanMetadata metadata, List<PlanSection> sections, @Nullable String closingText) {

    public PlanForScoring {
        metadata = metadata == null ? new PlanMetadata(null, null, null, null, null, null, null, null) : metadata;
        sections = List.copyOf(sections);
    }

    public PlanForScoring(PlanMetadata metadata, List<PlanSection> sections) {
        this(metadata, sections, null);
    }

    /** The first section with this code; plans that repeat a heading keep the first one as the body. */
    public Optional<PlanSection> section(SectionCode code) {
        for (PlanSection section : sections) {
            if (section.code() == code) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** The section's text, or the empty string when the plan lacks it. */
    public String text(SectionCode code) {
        return section(code).map(PlanSection::text).orElse("");
    }

    /** The child's first name, as most plans use it in the body text. */
    public Optional<String> childFirstName() {
        String name = metadata.childName();
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(name.trim().split("\\s+")[0]);
    }
}
