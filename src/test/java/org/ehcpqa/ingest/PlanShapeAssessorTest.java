package org.ehcpqa.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanShapeAssessorTest {

    private final PlanSegmenter segmenter = Segmenters.segmenter();
    private PlanShape assess(ExtractedText text) {
        return segmenter.assess(text, segmenter.segment(text));
    }

    @Test
    void everyHandWrittenPlanIsOneEhcp() {
        for (HandwrittenPlans.Plan plan : HandwrittenPlans.all()) {
            assertThat(assess(plan.text())).as(plan.fileName()).isEqualTo(PlanShape.EHCP);
        }
    }

    @Test
    void refusesTheMinutesOfACouncilMeeting() {
        String minutes = """
                Children and Young People Scrutiny Panel
                Minutes of the meeting held on 12 March 2025
                Present: Councillors A. Example (Chair), B. Example, C. Example
                1. Apologies
                Apologies were received from Councillor D. Example.
                2. Minutes of the last meeting
                The minutes were agreed as a correct record.
                3. Education, Health and Care Plan timeliness
                Members noted that 48% of new EHCPs were issued within 20 weeks. The Head of SEND said that
                section F of many plans needed to be more specific, and that outcomes in section E were being
                reviewed through the quality assurance framework.
                Section F sets out the special educational provision and must be specific.
                4. Any other business
                None.
                """;

        assertThat(assess(new ExtractedText(minutes, List.of(0), "text/plain"))).isEqualTo(PlanShape.NOT_AN_EHCP);
    }

    @Test
    void refusesADocumentWithAFewSectionHeadingsButNotAPlan() {
        String letter = "Section A: Introduction\nWelcome.\nSection B: Background\nHistory.\nSection C: Findings\nDone.\n";

        assertThat(assess(new ExtractedText(letter, List.of(0), "text/plain"))).isEqualTo(PlanShape.NOT_AN_EHCP);
    }

    @Test
    void refusesTwoChildrensPlansInOneFile() {
        String first = HandwrittenPlans.load("04-docx-none-identified").text().text();
        String second = HandwrittenPlans.load("03-abbreviated-letters").text().text();
        String both = first + second;

        assertThat(assess(new ExtractedText(both, List.of(0, first.length()), "application/pdf")))
                .isEqualTo(PlanShape.MULTIPLE_PLANS);
    }

    @Test
    void acceptsAPlanThatRepeatsOneHeading() {
        String text = HandwrittenPlans.load("01-numbered-contents").text().text()
                + "\n2. Special educational needs (Section B)\nA note added at review.\n";

        assertThat(assess(new ExtractedText(text, List.of(0), "text/plain"))).isEqualTo(PlanShape.EHCP);
    }
}
