package org.ehcpqa.scoring.checks;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.IssueStatus;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Check;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.Evidence;
import org.ehcpqa.scoring.Finding;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A final plan must name the school or setting and its type in section I. A draft must leave I
 * blank (the family states a preference first), so the check does not apply to drafts.
 * Placeholders such as "to be confirmed" count as no name.
 */
@Singleton
public class PlacementMissingCheck implements Check {

    private static final Pattern NAMED = Pattern.compile("\\b(?:[A-Z][\\p{L}'’&.-]*\\s+){1,6}(?:Primary|Secondary|"
            + "Infant|Junior|High|Grammar|Community|Special|Church\\s+of\\s+England|C\\s?of\\s?E|Catholic)?\\s*"
            + "(?:School|Academy|College|Nursery|Pre-?[Ss]chool|Centre|Center|Unit|Federation|Sixth\\s+Form)\\b");
    private static final Pattern TYPE = Pattern.compile("(?i)\\b(?:mainstream|special|independent|non-maintained|"
            + "maintained|academy|free\\s+school|resourced\\s+provision|resource\\s+base|specialist|further\\s+education|"
            + "general\\s+FE|sixth\\s+form|pupil\\s+referral\\s+unit|alternative\\s+provision|early\\s+years|nursery|"
            + "pre-?school|college|EOTAS|education\\s+otherwise\\s+than\\s+at\\s+school|home\\s+education|"
            + "supported\\s+internship|day\\s+placement|residential)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\b(?:to\\s+be\\s+(?:confirmed|named|agreed|"
            + "decided|determined)|tbc|tba|awaiting|pending|not\\s+yet\\s+(?:named|agreed|decided)|consultation)\\b");

    @Override
    public CheckCode code() {
        return CheckCode.PLACEMENT_MISSING;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        if (plan.metadata().issueStatus() == IssueStatus.DRAFT) {
            return CheckOutcome.notApplicable(code(), "A draft plan leaves section I blank.");
        }
        String text = plan.text(SectionCode.I);
        List<Finding> findings = new ArrayList<>();
        boolean named = NAMED.matcher(text).find() || namesSetting(text, plan.metadata().setting());
        Matcher placeholder = PLACEHOLDER.matcher(text);
        if (placeholder.find() && !named) {
            findings.add(Finding.of(SectionCode.I, Evidence.of(text, placeholder.start(), placeholder.end()),
                    "Section I says '" + placeholder.group() + "' instead of naming the school or setting; a final "
                            + "plan must name it."));
        } else if (!named) {
            findings.add(Finding.absent(SectionCode.I, text.isBlank()
                    ? "Section I is empty; a final plan must name the school or setting and its type."
                    : "Section I does not name a school or setting; a final plan must name it and its type."));
        }
        if (!TYPE.matcher(text).find()) {
            findings.add(Finding.absent(SectionCode.I, "Section I does not say what type of setting the placement "
                    + "is (for example mainstream primary, special school or further education college)."));
        }
        return CheckOutcome.judged(code(), 100 - 50 * findings.size(), findings, 0,
                "Section I names the placement and its type.", "Section I does not fully name the placement.");
    }

    private static boolean namesSetting(String text, String setting) {
        return setting != null && !setting.isBlank()
                && text.toLowerCase(Locale.ROOT).contains(setting.toLowerCase(Locale.ROOT).trim());
    }
}
