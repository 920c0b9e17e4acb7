package org.ehcpqa.scoring;

import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.IssueStatus;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.lexicon.LexiconLoader;
import org.ehcpqa.scoring.lexicon.Lexicons;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds fictional plan fragments for check tests; every name here is invented. */
public final class TestPlans {

    public static final Lexicons LEXICONS = new LexiconLoader("qa-framework").load();

    private final Map<SectionCode, String> sections = new LinkedHashMap<>();
    private String childName = "Amira Okafor";
    private LocalDate dateOfBirth = null;
    private LocalDate issueDate = LocalDate.of(2025, 11, 3);
    private IssueStatus status = IssueStatus.FINAL;
    private String schoolYear = "Year 4";
    private Integer age = null;
    private String closing = null;

    public static TestPlans plan() {
        return new TestPlans();
    }

    public TestPlans section(SectionCode code, String text) {
        sections.put(code, text);
        return this;
    }

    public TestPlans child(String name) {
        this.childName = name;
        return this;
    }

    public TestPlans year(String schoolYear) {
        this.schoolYear = schoolYear;
        return this;
    }

    public TestPlans born(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
        return this;
    }

    public TestPlans age(Integer age) {
        this.age = age;
        return this;
    }

    public TestPlans issued(LocalDate issueDate) {
        this.issueDate = issueDate;
        return this;
    }

    public TestPlans status(IssueStatus status) {
        this.status = status;
        return this;
    }

    public TestPlans closing(String closing) {
        this.closing = closing;
        return this;
    }

    public PlanForScoring build() {
        List<PlanSection> list = new ArrayList<>();
        sections.forEach((code, text) -> list.add(new PlanSection(code, "Section " + code.name(), text)));
        return new PlanForScoring(new PlanMetadata(childName, dateOfBirth, issueDate, status, "ASD",
                "Brookfield Primary School", age, schoolYear), list, closing);
    }

    public CheckOutcome run(Check check) {
        return run(check, CheckParams.none());
    }

    public CheckOutcome run(Check check, CheckParams params) {
        PlanForScoring plan = build();
        CheckOutcome outcome = check.run(plan, params, LEXICONS);
        assertSpansQuoteTheirSection(plan, outcome);
        return outcome;
    }

    /** Every piece of evidence must be exactly the text at its span, or auditors see the wrong words. */
    public static void assertSpansQuoteTheirSection(PlanForScoring plan, CheckOutcome outcome) {
        for (Finding finding : outcome.findings()) {
            String text = finding.section() == null ? plan.closingText() : plan.text(finding.section());
            for (Evidence evidence : finding.evidence()) {
                assertThat(text.substring(evidence.start(), evidence.end())).isEqualTo(evidence.text());
            }
            assertThat(finding.explanation()).isNotBlank();
        }
    }

    public static List<String> quoted(CheckOutcome outcome) {
        return outcome.findings().stream().flatMap(f -> f.evidence().stream()).map(Evidence::text).toList();
    }
}
