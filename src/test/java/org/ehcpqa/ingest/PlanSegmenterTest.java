package org.ehcpqa.ingest;

import org.ehcpqa.plan.SectionCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanSegmenterTest {

    private final PlanSegmenter segmenter = Segmenters.segmenter();

    private static final String FRONT = """
            Education, Health and Care Plan
            Name: Lily Example
            Date of birth: 03/03/2016
            Date of issue: 4 February 2025
            Status: Final
            Primary need: Speech, language and communication needs
            """;

    private static String body(SectionCode code) {
        return "Body of " + code.name() + " starts here.\nIt ends here for " + code.name() + ".\n";
    }

    /** A plan with one heading per section, made by the given heading style. */
    private static String plan(java.util.function.Function<SectionCode, String> heading) {
        StringBuilder text = new StringBuilder(FRONT);
        for (SectionCode code : SectionCode.values()) {
            text.append(heading.apply(code)).append('\n').append(body(code));
        }
        return text.toString();
    }

    private static ExtractedText single(String text) {
        return new ExtractedText(text, List.of(0), "text/plain");
    }

    private static void assertEverySectionCut(SegmentedPlan plan) {
        assertThat(plan.sections()).extracting(SegmentedSection::code).containsExactly(SectionCode.values());
        for (SegmentedSection section : plan.sections()) {
            assertThat(section.text()).isEqualTo(body(section.code()).strip());
        }
    }

    @Test
    void cutsSectionHeadedPlans() {
        SegmentedPlan plan = segmenter.segment(single(plan(c -> "Section " + c.name() + ": " + c.statutoryTitle())));

        assertEverySectionCut(plan);
        assertThat(plan.sections().get(0).title()).isEqualTo("Section A: Views, interests and aspirations");
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.metadata().childName()).isEqualTo("Lily Example");
        assertThat(plan.metadata().primaryNeed()).isEqualTo("SLCN");
    }

    @Test
    void cutsLetteredPartAndUpperCasePlans() {
        assertEverySectionCut(segmenter.segment(single(plan(c -> c.name() + ". " + c.statutoryTitle()))));
        assertEverySectionCut(segmenter.segment(single(plan(c -> "Part " + c.name() + " \u2013 " + c.statutoryTitle()))));
        assertEverySectionCut(segmenter.segment(single(plan(
                c -> "SECTION " + c.name() + "  " + c.statutoryTitle().toUpperCase(java.util.Locale.ROOT)))));
    }

    @Test
    void cutsTablesWithTheLetterInTheFirstColumn() {
        StringBuilder tabs = new StringBuilder(FRONT).append("Section\tContent\n");
        StringBuilder newlines = new StringBuilder(FRONT);
        for (SectionCode code : SectionCode.values()) {
            String[] body = body(code).split("\n");
            tabs.append(code.name()).append('\t').append(body[0]).append('\n').append(body[1]).append("\n\t\n");
            newlines.append(code.name()).append("\n\t").append(body[0]).append('\n').append(body[1]).append("\n\t\n");
        }
        assertEverySectionCut(segmenter.segment(single(tabs.toString())));
        assertEverySectionCut(segmenter.segment(single(newlines.toString())));
    }

    @Test
    void cutsPlansWhoseHeadingsOnlyNameTheSection() {
        List<String> names = List.of("All about me", "My special educational needs", "My health needs",
                "My social care needs", "My outcomes", "Special educational provision", "Health provision",
                "Social care provision under section 2 of the CSDPA 1970", "Other social care provision",
                "Placement", "Personal budget", "Advice and information");
        SegmentedPlan plan = segmenter.segment(single(plan(c -> names.get(c.ordinal()))));

        assertEverySectionCut(plan);
    }

    @Test
    void keepsSectionsOutOfOrderAndWarns() {
        String text = FRONT + "Section A: Views\n" + body(SectionCode.A) + "Section E: Outcomes\n" + body(SectionCode.E)
                + "Section B: Special educational needs\n" + body(SectionCode.B);

        SegmentedPlan plan = segmenter.segment(single(text));

        assertThat(plan.sections()).extracting(SegmentedSection::code)
                .containsExactly(SectionCode.A, SectionCode.E, SectionCode.B);
        assertThat(plan.warnings()).contains("Sections are not in the statutory order: section E comes before section B.",
                "Section G (Health provision) was not found.");
    }

    @Test
    void givesH1AndH2UnderOneHeadingTheSameText() {
        String text = FRONT + "Section G: Health provision\n" + body(SectionCode.G)
                + "Section H1 and H2: Social care provision\nShort breaks one night a month.\n"
                + "Section I: Placement\n" + body(SectionCode.I);

        SegmentedPlan plan = segmenter.segment(single(text));

        assertThat(plan.sections()).extracting(SegmentedSection::code)
                .containsExactly(SectionCode.G, SectionCode.H1, SectionCode.H2, SectionCode.I);
        assertThat(plan.sections().get(1).text()).isEqualTo("Short breaks one night a month.");
        assertThat(plan.sections().get(2)).isEqualTo(new SegmentedSection(SectionCode.H2,
                "Section H1 and H2: Social care provision", "Short breaks one night a month.", 1));
        assertThat(plan.warnings()).contains("Sections H1 and H2 share one heading, so the same text is given for both.");
    }

    @Test
    void skipsContentsRunningHeadersAndTheSignatureAndKeepsPages() {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new java.util.ArrayList<>();
        starts.add(0);
        text.append(FRONT).append("Page 1 of 4\n");
        starts.add(text.length());
        text.append("EHCP \u2013 Lily Example \u2013 OFFICIAL-SENSITIVE\nContents\n");
        for (SectionCode code : SectionCode.values()) {
            text.append("Section ").append(code.name()).append(": ").append(code.statutoryTitle())
                    .append(" ........ ").append(code.ordinal() / 6 + 3).append('\n');
        }
        text.append("Page 2 of 4\n");
        for (int page = 3; page <= 4; page++) {
            starts.add(text.length());
            text.append("EHCP \u2013 Lily Example \u2013 OFFICIAL-SENSITIVE\n");
            for (SectionCode code : SectionCode.values()) {
                if (code.ordinal() / 6 + 3 == page) {
                    text.append("Section ").append(code.name()).append(": ").append(code.statutoryTitle()).append('\n')
                            .append(body(code));
                }
            }
            if (page == 4) {
                text.append("Signed: A. Officer, on behalf of the council\nDate: 4 February 2025\n");
            }
            text.append("Page ").append(page).append(" of 4\n");
        }

        SegmentedPlan plan = segmenter.segment(new ExtractedText(text.toString(), starts, "application/pdf"));

        assertEverySectionCut(plan);
        assertThat(plan.sections()).extracting(SegmentedSection::startPage)
                .containsExactly(3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4);
    }

    @Test
    void removesARunningHeaderWhereAPageBreakCutsASection() {
        String page1 = FRONT + "Section A: Views\nFirst half of A\nHeader line for Lily\nPage 1 of 3\n";
        String page2 = "Header line for Lily\nSecond half of A\nSection B: Needs\nB body\nPage 2 of 3\n";
        String page3 = "Header line for Lily\nSection C: Health needs\nC body\nPage 3 of 3\n";
        String text = page1 + page2 + page3;

        SegmentedPlan plan = segmenter.segment(new ExtractedText(text,
                List.of(0, page1.length(), page1.length() + page2.length()), "application/pdf"));

        assertThat(plan.sections().get(0).text()).isEqualTo("First half of A\nSecond half of A");
    }

    @Test
    void doesNotCutAtSubHeadingsOrMentionsOfSections() {
        String text = FRONT + "Section B: Special educational needs\nCommunication and interaction\n"
                + "Lily's needs are met by the provision in\nSection F. The school agrees.\n"
                + "Section F sets out the therapy.\nSocial, emotional and mental health\nAnxious at times.\n"
                + "Section F: Special educational provision\nDaily support.\n";

        SegmentedPlan plan = segmenter.segment(single(text));

        assertThat(plan.sections()).extracting(SegmentedSection::code).containsExactly(SectionCode.B, SectionCode.F);
        assertThat(plan.sections().get(0).text()).endsWith("Anxious at times.");
    }

    @Test
    void cutsHeadingsThatNameTheChildAndKeepsTheServiceNameOnTheFrontPage() {
        String text = "Oakmere City Council\nSpecial Educational Needs and Disabilities Service\n" + FRONT
                + plan(c -> c.name() + ". Lily's " + c.statutoryTitle().toLowerCase(java.util.Locale.ROOT))
                .substring(FRONT.length());

        SegmentedPlan plan = segmenter.segment(single(text));

        assertEverySectionCut(plan);
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.metadata().childName()).isEqualTo("Lily Example");
        assertThat(plan.metadata().issueDate()).isEqualTo(java.time.LocalDate.of(2025, 2, 4));
    }

    @Test
    void warnsAboutADuplicatedHeading() {
        String text = FRONT + "Section A: Views\nA body\nSection B: Needs\nB body\nSection B: Needs\nMore B\n";

        SegmentedPlan plan = segmenter.segment(single(text));

        assertThat(plan.sections()).hasSize(3);
        assertThat(plan.warnings()).contains("Section B has 2 headings, on pages 1, 1.");
    }

    @Test
    void findsNothingInTextWithoutSections() {
        SegmentedPlan plan = segmenter.segment(single("Just a letter.\nNothing more.\n"));

        assertThat(plan.sections()).isEmpty();
        assertThat(plan.warnings()).hasSize(SectionCode.values().length);
    }
}
