package org.ehcpqa.synthetic;

/** The SEN2 primary-need codes, with the words plans use for them. */
public enum PrimaryNeed {
    ASD("Autism spectrum disorder"),
    SLCN("Speech, language and communication needs"),
    SEMH("Social, emotional and mental health"),
    MLD("Moderate learning difficulty"),
    SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"),
    SPLD("Specific learning difficulty"),
    HI("Hearing impairment"),
    VI("Visual impairment"),
    MSI("Multi-sensory impairment"),
    PD("Physical disability"),
    DS("Down syndrome"),
    OTH("Other difficulty or disability");

    private final String words;

    PrimaryNeed(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The SEN2 code as written in returns (the enum name). */
    public String code() {
        return name();
    }
}
