package org.ehcpqa.ingest;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the plain-English warnings a QA officer sees about how a plan is laid out: missing sections,
 * headings used twice, sections out of the statutory order, and H1 and H2 under one heading. The
 * sentences never quote the plan.
 */
@Singleton
public class SegmentationWarnings {

    /**
     * @param sections     as found, in document order; a combined H1/H2 heading appears as both codes
     * @param h1H2Combined whether H1 and H2 shared a heading
     */
    public List<String> warnings(List<SegmentedSection> sections, boolean h1H2Combined) {
        List<String> warnings = new ArrayList<>();
        Map<SectionCode, List<Integer>> pagesByCode = new EnumMap<>(SectionCode.class);
        for (SegmentedSection section : sections) {
            pagesByCode.computeIfAbsent(section.code(), c -> new ArrayList<>()).add(section.startPage());
        }
        for (SectionCode code : SectionCode.values()) {
            if (!pagesByCode.containsKey(code)) {
                warnings.add("Section " + code + " (" + code.statutoryTitle() + ") was not found.");
            }
        }
        pagesByCode.forEach((code, pages) -> {
            if (pages.size() > 1) {
                warnings.add("Section " + code + " has " + pages.size() + " headings, on pages "
                        + pages.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
            }
        });
        outOfOrder(sections).ifPresent(warnings::add);
        if (h1H2Combined) {
            warnings.add("Sections H1 and H2 share one heading, so the same text is given for both.");
        }
        return warnings;
    }

    private static java.util.Optional<String> outOfOrder(List<SegmentedSection> sections) {
        SectionCode latest = null;
        java.util.Set<SectionCode> seen = java.util.EnumSet.noneOf(SectionCode.class);
        for (SegmentedSection section : sections) {
            if (!seen.add(section.code())) {
                continue;
            }
            if (latest != null && section.code().ordinal() < latest.ordinal()) {
                return java.util.Optional.of("Sections are not in the statutory order: section " + latest
                        + " comes before section " + section.code() + ".");
            }
            if (latest == null || section.code().ordinal() > latest.ordinal()) {
                latest = section.code();
            }
        }
        return java.util.Optional.empty();
    }
}
