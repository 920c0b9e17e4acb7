package org.ehcpqa.scoring.checks;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.IssueStatus;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Check;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.Finding;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.PlanSection;
import org.ehcpqa.scoring.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every statutory section must be separately identified (SEND Regulations 2014 reg 12(1)). Section
 * I of a draft is rightly blank, because the family names a preference before the council decides.
 * One heading for both parts of H ("Section H1 and H2: Social care provision") gives H2 too.
 * Params: {@code required} (section codes; default all twelve).
 */
@Singleton
public class MissingSectionCheck implements Check {

    // "Section H1 and H2: Social care provision", "Section H - Social care provision": one heading for
    // both parts of H, which the Code allows; one naming section 2 of the 1970 Act is H1 alone.
    private static final Pattern BOTH_PARTS_OF_H = Pattern.compile("(?i)\\bH\\s?2\\b|^(?!.*(?:section\\s+2\\b|chronically|"
            + "csdpa|\\bH\\s?1\\b)).*social\\s+care\\s+provision");

    private static boolean coversBothPartsOfH(PlanForScoring plan) {
        return plan.section(SectionCode.H1).map(h1 -> h1.title() != null && BOTH_PARTS_OF_H.matcher(h1.title()).find())
                .orElse(false);
    }

    @Override
    public CheckCode code() {
        return CheckCode.MISSING_SECTION;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        List<SectionCode> required = params.sections("required", List.of(SectionCode.values()));
        boolean draft = plan.metadata().issueStatus() == IssueStatus.DRAFT;
        List<Finding> findings = new ArrayList<>();
        for (SectionCode code : required) {
            Optional<PlanSection> section = plan.section(code);
            if (section.isEmpty() && code == SectionCode.H2 && coversBothPartsOfH(plan)) {
                continue;
            }
            String name = "Section " + code.name() + " (" + code.statutoryTitle() + ")";
            if (section.isEmpty()) {
                if (!(draft && code == SectionCode.I)) {
                    findings.add(Finding.absent(code, name + " is missing from the plan; every section must be "
                            + "there and labelled, even when it only says there is nothing to record."));
                }
            } else if (section.get().isBlank() && !(draft && code == SectionCode.I)) {
                findings.add(Finding.absent(code, name + " has a heading but nothing under it; if there is "
                        + "nothing to record, the section should say so in words."));
            }
        }
        int present = required.size() - findings.size();
        return CheckOutcome.judged(code(), CheckOutcome.share(present, required.size()), findings, 0,
                "All required sections are present.", findings.size() + " required section(s) missing or empty.");
    }
}
