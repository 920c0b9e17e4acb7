package org.ehcpqa.plan;

import java.util.List;
import java.util.Optional;

/** The phase of education a plan was written for, from the school year at its issue date. */
public enum SchoolPhase {
    EARLY_YEARS("Early years", List.of("Early years", "Nursery")),
    PRIMARY("Primary", List.of("Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6")),
    SECONDARY("Secondary", List.of("Year 7", "Year 8", "Year 9", "Year 10", "Year 11")),
    POST_16("Post-16", List.of("Year 12", "Year 13", "Post-19"));

    private final String label;
    private final List<String> schoolYears;

    SchoolPhase(String label, List<String> schoolYears) {
        this.label = label;
        this.schoolYears = schoolYears;
    }

    public String label() {
        return label;
    }

    /** The values of PlanMetadata.schoolYear that belong to this phase. */
    public List<String> schoolYears() {
        return schoolYears;
    }

    public static Optional<SchoolPhase> of(String schoolYear) {
        for (SchoolPhase phase : values()) {
            if (phase.schoolYears.contains(schoolYear)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }

    public static Optional<SchoolPhase> parse(String value) {
        for (SchoolPhase phase : values()) {
            if (phase.name().equalsIgnoreCase(value)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
