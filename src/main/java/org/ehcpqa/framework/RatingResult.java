package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

/**
 * The ratings of one plan against one framework version, with everything needed to explain them.
 *
 * @param frameworkHash   the version hash, so a stored result can be re-read against the framework that made it
 * @param overallScore    weighted average of the applicable sections' scores; null when no section applied
 * @param uncappedOverall the level the overall score falls in
 * @param overall         the final overall rating, after limiting rules
 * @param limits          every limiting rule that fired, section rules first, in file order
 */
@Serdeable
public record RatingResult(String frameworkId, String frameworkVersion, String frameworkHash,
                           @Nullable Double overallScore, @Nullable RatingLevel uncappedOverall,
                           @Nullable RatingLevel overall, List<SectionResult> sections,
                           List<LimitJudgement> limits) {

    public RatingResult {
        sections = List.copyOf(sections);
        limits = List.copyOf(limits);
    }

    public Optional<SectionResult> section(org.ehcpqa.plan.SectionCode code) {
        return sections.stream().filter(section -> section.section() == code).findFirst();
    }

    /** The rule that set the overall rating, if one lowered it. */
    public Optional<LimitJudgement> decisiveOverallLimit() {
        return limits.stream().filter(limit -> limit.appliesTo() == null && limit.decisive()).findFirst();
    }
}
