package org.ehcpqa.scoring;

import org.ehcpqa.plan.SectionCode;

import java.util.Objects;

/**
 * One section as the segmenter returns it: body text with paragraphs, bullets, numbered paragraphs
 * and table rows on their own lines. Evidence spans are offsets into {@code text}.
 */
public record PlanSection(SectionCode code, String title, String text) {

    public PlanSection {
        Objects.requireNonNull(code, "code");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
