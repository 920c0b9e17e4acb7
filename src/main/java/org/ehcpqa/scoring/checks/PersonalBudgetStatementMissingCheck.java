package org.ehcpqa.scoring.checks;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Check;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.Evidence;
import org.ehcpqa.scoring.Finding;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicons;

import java.util.regex.Pattern;

/**
 * Section J must give the personal budget's details (what it pays for, how much, how it is paid)
 * or say that none was requested. "N/A" says neither, so it fails.
 */
@Singleton
public class PersonalBudgetStatementMissingCheck implements Check {

    private static final Pattern NOT_REQUESTED = Pattern.compile("(?i)\\b(?:(?:has|have|was|were)\\s+not\\s+"
            + "(?:been\\s+)?(?:requested|asked\\s+for|sought)|not\\s+requested|no\\s+(?:request|personal\\s+budget\\s+"
            + "(?:has\\s+been\\s+|was\\s+)?requested)|did\\s+not\\s+(?:request|ask\\s+for|want)|do(?:es)?\\s+not\\s+"
            + "(?:wish|want)|chose\\s+not\\s+to|declined|no\\s+personal\\s+budget)");
    private static final Pattern DETAILS = Pattern.compile("(?i)(?:£\\s*\\d|\\b(?:direct\\s+payments?|"
            + "notional\\s+budget|managed\\s+(?:budget|by)|third[-\\s]party|paid\\s+to|per\\s+(?:week|year|annum|term)"
            + "|hours?\\s+(?:per|a)\\s+week)\\b)");

    @Override
    public CheckCode code() {
        return CheckCode.PERSONAL_BUDGET_STATEMENT_MISSING;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        String text = plan.text(SectionCode.J);
        if (text.isBlank()) {
            return fail(Finding.absent(SectionCode.J, "Section J is missing or empty; it must give the personal "
                    + "budget's details or say that no personal budget was requested."));
        }
        if (NOT_REQUESTED.matcher(text).find()) {
            return CheckOutcome.pass(code(), "Section J says no personal budget was requested.");
        }
        if (DETAILS.matcher(text).find()) {
            return CheckOutcome.pass(code(), "Section J gives the personal budget's details.");
        }
        String trimmed = text.strip();
        int start = text.indexOf(trimmed);
        return fail(Finding.of(SectionCode.J, Evidence.of(text, start, start + trimmed.length()),
                "Section J says '" + org.ehcpqa.scoring.text.Quotes.shorten(trimmed, 60) + "' but neither gives "
                        + "the budget's details (amount, what it pays for, how it is paid) nor says that no "
                        + "personal budget was requested."));
    }

    private CheckOutcome fail(Finding finding) {
        return new CheckOutcome(code(), org.ehcpqa.scoring.CheckResult.FAIL, 0, java.util.List.of(finding),
                "Section J has no personal budget statement.");
    }
}
