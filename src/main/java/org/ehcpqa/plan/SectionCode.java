package org.ehcpqa.plan;

import java.util.Optional;

/** The statutory sections of an EHCP (SEND Code of Practice 9.62), in their statutory order. */
public enum SectionCode {
    A("Views, interests and aspirations"),
    B("Special educational needs"),
    C("Health needs"),
    D("Social care needs"),
    E("Outcomes"),
    F("Special educational provision"),
    G("Health provision"),
    H1("Social care provision (CSDPA 1970 section 2)"),
    H2("Other social care provision"),
    I("Placement"),
    J("Personal budget"),
    K("Advice and information");

    private final String statutoryTitle;

    SectionCode(String statutoryTitle) {
        this.statutoryTitle = statutoryTitle;
    }

    public String statutoryTitle() {
        return statutoryTitle;
    }

    /** Parses a code as users write it ("h1", "H1", "F"); empty when it is not a section code. */
    public static Optional<SectionCode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.trim().toUpperCase(java.util.Locale.ROOT);
        for (SectionCode code : values()) {
            if (code.name().equals(normalised)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
