package org.ehcpqa.report;

import org.ehcpqa.plan.SectionCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Report models filled with fictional content, so a council editing a template can see the
 * result before any real audit exists (the preview route), and tests know exactly what a report
 * should say. Every name here is invented.
 */
public final class SampleReports {

    private SampleReports() {
    }

    /** The sample model for a shipped template, or null when the name is not one. */
    public static Object forTemplate(String template) {
        return switch (template) {
            case "audit-report" -> audit();
            case "practice-event-report" -> practiceEvent();
            case "trend-report" -> trends(4);
            case "training-pack" -> trainingPack(3);
            default -> null;
        };
    }

    public static AuditReport audit() {
        return new AuditReport(
                new AuditReport.PlanIdentification(4711, 9001, 2, "Plan 4711", "Zoë Ńowak-Øster",
                        LocalDate.of(2025, 2, 4), "Autistic spectrum disorder", "Primary", "North team",
                        "Ярослава Петренко"),
                new AuditReport.FrameworkIdentification("council-practice", "Council practice framework", "2.1"),
                "Final",
                new AuditReport.Rating("Requires improvement", "Good",
                        "Outcomes in E are not specific enough to measure progress.", "Good"),
                List.of(
                        new AuditReport.SectionRating(SectionCode.A, SectionCode.A.statutoryTitle(),
                                new AuditReport.Rating("Outstanding", null, null, "Good")),
                        new AuditReport.SectionRating(SectionCode.E, SectionCode.E.statutoryTitle(),
                                new AuditReport.Rating("Inadequate", "Requires improvement",
                                        "No outcome has a time frame.", "Requires improvement")),
                        new AuditReport.SectionRating(SectionCode.F, SectionCode.F.statutoryTitle(),
                                new AuditReport.Rating("Good", null, null, "Good"))),
                List.of(
                        new AuditReport.CriterionResult("E-SMART", SectionCode.E,
                                "Outcomes are specific, measurable and time-bound", "Not met", "Partly met",
                                "None of the four outcomes says by when.",
                                List.of("Zoë will improve her communication skills.")),
                        new AuditReport.CriterionResult("F-QUANT", SectionCode.F,
                                "Provision is quantified (who, what, how often)", "Met", "Met", null,
                                List.of("Speech and language therapist, 30 minutes twice a week."))),
                List.of(new AuditReport.Finding("The child's voice is vivid and in her own words",
                        SectionCode.A, "A-VOICE", List.of("I like trains and drawing."))),
                List.of(new AuditReport.Finding("Outcomes lack time frames and measures",
                        SectionCode.E, "E-SMART", List.of())),
                List.of(new AuditReport.Action("Rewrite the outcomes in section E with dates and measures",
                        "Ярослава Петренко", LocalDate.of(2025, 4, 30), "Open", SectionCode.E)),
                "Morag Fairweather-Quinn",
                "Tomasz Wiśniewski",
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12));
    }

    public static PracticeEventReport practiceEvent() {
        return new PracticeEventReport("Spring moderation session", "Moderation session", LocalDate.of(2025, 4, 2),
                "Morag Fairweather-Quinn", List.of("North team", "South team"),
                List.of(new PracticeEventReport.Attendee("Tomasz Wiśniewski", "QA officer", "North team"),
                        new PracticeEventReport.Attendee("Ada Okonkwo", "Caseworker", "South team")),
                List.of(new PracticeEventReport.Theme("Outcomes without time frames",
                        "Most audited plans set outcomes with no date.", "E-SMART", 14)),
                List.of(new PracticeEventReport.LinkedFinding("Plan 4711", SectionCode.E, "Area for development",
                        "Outcomes lack time frames and measures")),
                List.of(new AuditReport.Action("Share the outcome-writing guide with both teams", "Ada Okonkwo",
                        LocalDate.of(2025, 5, 1), "In progress", null)),
                List.of("Moderators agreed on 9 of 11 plans.", "Next session in July."));
    }

    public static TrendReport trends(int periods) {
        Table.Builder bySection = Table.builder("Ratings by section and quarter", Column.text("Quarter"),
                Column.text("Section"), Column.integer("Outstanding"), Column.integer("Good"),
                Column.integer("Requires improvement"), Column.integer("Inadequate"));
        Table.Builder share = Table.builder("Share rated good or better", Column.text("Quarter"),
                Column.integer("Audits"), Column.percent("Good or better"));
        for (int p = 0; p < periods; p++) {
            String quarter = (2023 + p / 4) + " Q" + (p % 4 + 1);
            for (SectionCode code : SectionCode.values()) {
                bySection.row(quarter, code.name(), 3 + p, 20 + code.ordinal(), 11, 2);
            }
            share.row(quarter, 120 + p, 0.5 + p * 0.01);
        }
        Table notMet = Table.builder("Criteria most often not met", Column.text("Criterion"), Column.text("Section"),
                        Column.integer("Not met"), Column.percent("Share of audits"))
                .row("E-SMART", "E", 412, 0.62).row("F-QUANT", "F", 233, 0.35).build();
        return new TrendReport("Plan quality trends", "All teams, council practice framework",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1).plusMonths(3L * periods).minusDays(1), "Quarter",
                List.of(bySection.build()), share.build(), notMet, List.of("Figures count final audits only."));
    }

    public static TrainingPack trainingPack(int items) {
        List<TrainingPack.Item> list = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            list.add(new TrainingPack.Item(i, i, 100 + i, SectionCode.E, SectionCode.E.statutoryTitle(),
                    ("By July 2027 Child A will use sentences of five words to ask for help in class.\n\n"
                            + "Child A's parent reports progress at home. ").repeat(6),
                    "Speech, language and communication needs", "Primary", "Good",
                    "A clear, measurable outcome with a date: compare with example " + (i + 1) + "."));
        }
        return new TrainingPack(7, "Writing SMART outcomes", "Examples for new caseworkers", "trainer-one",
                null, list);
    }
}
