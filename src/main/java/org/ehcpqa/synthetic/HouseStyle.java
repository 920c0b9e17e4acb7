package org.ehcpqa.synthetic;

import org.ehcpqa.plan.SectionCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.ehcpqa.plan.SectionCode.*;

/**
 * The council house styles the generator writes. Each is modelled on a layout real councils use;
 * every council name is invented.
 */
public enum HouseStyle {
    /** "Section A: Views, interests and aspirations", sections flowing one after another. */
    NORTHMOOR("Northmoor Council", Headings.SECTION_COLON, false, false, false, false,
            "EHCP – {name} – OFFICIAL-SENSITIVE", "Northmoor Council", "Date of issue"),
    /** "A. Views, ..." with each section on a new page and a contents page. */
    RIVERSIDE("Riverside Borough Council", Headings.LETTER_DOT, false, true, true, false,
            "OFFICIAL-SENSITIVE", "Riverside Borough Council – EHC plan for {name}", "Date plan finalised"),
    /** "Part B – Special educational needs" (en dash), H1 and H2 under one heading, contents page. */
    ASHVALE("Ashvale Metropolitan Borough Council", Headings.PART_DASH, true, false, true, false,
            "{name} – Education, Health and Care Plan", "OFFICIAL-SENSITIVE – Ashvale MBC", "Date of plan"),
    /** "SECTION F  SPECIAL EDUCATIONAL PROVISION", a new page for each section. */
    KESTREL_MOOR("Kestrel Moor County Council", Headings.UPPER, false, true, false, false,
            "KESTREL MOOR COUNTY COUNCIL – EHCP – OFFICIAL-SENSITIVE", "EHCP: {name}", "Date issued"),
    /** A two-column table: the section letter on the left, its content on the right. */
    HARBOURSIDE("Harbourside City Council", Headings.LETTER_ONLY, false, false, false, true,
            "Harbourside City Council – Education, Health and Care Plan", "{name} – OFFICIAL-SENSITIVE", "Date of issue"),
    /** Plain-English headings with no letters ("All about me"), H1/H2 together, contents page. */
    MEADOWFORD("Meadowford Council", Headings.PLAIN_ENGLISH, true, true, true, false,
            "My EHC plan – {name}", "Meadowford Council – OFFICIAL-SENSITIVE", "Date plan finalised"),
    /** Outcomes straight after the child's views, before the needs (E before B). */
    FENWICK_DALE("Fenwick Dale Borough Council", Headings.SECTION_DASH, false, false, false, false,
            "EHCP – {name} – OFFICIAL-SENSITIVE", "Fenwick Dale Borough Council – SEND Service", "Date of issue"),
    /** "Section H1 and H2: Social care provision", each section on a new page, contents page. */
    WOLDSIDE("Woldside Council", Headings.SECTION_COLON, true, true, true, false,
            "Woldside Council SEND Team – OFFICIAL-SENSITIVE", "Education, Health and Care Plan – {name}", "Date plan issued");

    private final String council;
    private final Headings headings;
    private final boolean combinedSocialCare;
    private final boolean newPagePerSection;
    private final boolean tableOfContents;
    private final boolean tableLayout;
    private final String headerTemplate;
    private final String footerTemplate;
    private final String issueDateLabel;

    HouseStyle(String council, Headings headings, boolean combinedSocialCare, boolean newPagePerSection,
               boolean tableOfContents, boolean tableLayout, String headerTemplate, String footerTemplate,
               String issueDateLabel) {
        this.council = council;
        this.headings = headings;
        this.combinedSocialCare = combinedSocialCare;
        this.newPagePerSection = newPagePerSection;
        this.tableOfContents = tableOfContents;
        this.tableLayout = tableLayout;
        this.headerTemplate = headerTemplate;
        this.footerTemplate = footerTemplate;
        this.issueDateLabel = issueDateLabel;
    }

    public String council() {
        return council;
    }

    /** True when H1 and H2 share one heading; truth then holds one H1 section with both. */
    public boolean combinedSocialCare() {
        return combinedSocialCare;
    }

    public boolean newPagePerSection() {
        return newPagePerSection;
    }

    public boolean tableOfContents() {
        return tableOfContents;
    }

    /** True when sections are rows of a two-column table (letter, content). */
    public boolean tableLayout() {
        return tableLayout;
    }

    public String issueDateLabel() {
        return issueDateLabel;
    }

    public String runningHeader(String childName) {
        return headerTemplate.replace("{name}", childName);
    }

    public String runningFooter(String childName) {
        return footerTemplate.replace("{name}", childName);
    }

    /** The sections in the order this council writes them. */
    public List<SectionCode> order() {
        List<SectionCode> order = new ArrayList<>(List.of(A, B, C, D, E, F, G, H1, H2, I, J, K));
        if (this == FENWICK_DALE) {
            order.remove(E);
            order.add(1, E);
        }
        if (combinedSocialCare) {
            order.remove(H2);
        }
        return order;
    }

    /** The heading exactly as written; for a combined H1 it names both H1 and H2. */
    public String heading(SectionCode code) {
        boolean both = code == H1 && combinedSocialCare;
        String letter = both ? "H1 and H2" : code.name();
        String title = both ? "Social care provision" : shortTitle(code);
        return switch (headings) {
            case SECTION_COLON -> "Section " + letter + ": " + title;
            case SECTION_DASH -> "Section " + letter + " - " + title;
            case LETTER_DOT -> letter + ". " + title;
            case PART_DASH -> "Part " + letter + " – " + title;
            case UPPER -> ("Section " + letter + "  " + title).toUpperCase(Locale.ROOT);
            case LETTER_ONLY -> letter;
            case PLAIN_ENGLISH -> both ? "Social care provision" : plainTitle(code);
        };
    }

    static String shortTitle(SectionCode code) {
        return switch (code) {
            case A -> "Views, interests and aspirations";
            case B -> "Special educational needs";
            case C -> "Health needs related to special educational needs";
            case D -> "Social care needs related to special educational needs or disability";
            case E -> "Outcomes";
            case F -> "Special educational provision";
            case G -> "Health provision";
            case H1 -> "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970";
            case H2 -> "Other social care provision";
            case I -> "Placement";
            case J -> "Personal budget";
            case K -> "Advice and information";
        };
    }

    private static String plainTitle(SectionCode code) {
        return switch (code) {
            case A -> "All about me";
            case B -> "My special educational needs";
            case C -> "My health needs";
            case D -> "My social care needs";
            case E -> "What I want to achieve";
            case F -> "Special educational provision";
            case G -> "Health provision";
            case H1 -> "Social care provision (Chronically Sick and Disabled Persons Act)";
            case H2 -> "Other social care provision";
            case I -> "Placement";
            case J -> "Personal budget";
            case K -> "Advice and information";
        };
    }

    private enum Headings { SECTION_COLON, SECTION_DASH, LETTER_DOT, PART_DASH, UPPER, LETTER_ONLY, PLAIN_ENGLISH }
}
