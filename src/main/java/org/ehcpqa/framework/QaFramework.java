package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.SectionCode;

import java.util.List;
import java.util.Optional;

/**
 * A validated quality framework, exactly as one file defined it.
 *
 * @param version the label the authors chose ("2026.1"); informative only
 * @param hash    SHA-256 of the file bytes: the identity of this version, stored with every assessment
 * @param file    the file it was read from, so a reload can tell which framework a broken file used to hold
 */
public record QaFramework(String id, String version, String hash, String file, String title,
                          @Nullable String description, List<FrameworkSource> sources, RatingScale scale,
                          List<FrameworkSection> sections, List<Criterion> criteria, RatingRule rating,
                          List<String> lexicons) {

    public QaFramework {
        sources = List.copyOf(sources);
        sections = List.copyOf(sections);
        criteria = List.copyOf(criteria);
        lexicons = List.copyOf(lexicons);
    }

    public Optional<FrameworkSection> section(SectionCode code) {
        return sections.stream().filter(section -> section.code() == code).findFirst();
    }

    public List<Criterion> criteriaOf(SectionCode code) {
        return criteria.stream().filter(criterion -> criterion.section() == code).toList();
    }

    public Optional<Criterion> criterion(String criterionId) {
        return criteria.stream().filter(criterion -> criterion.id().equals(criterionId)).findFirst();
    }
}
