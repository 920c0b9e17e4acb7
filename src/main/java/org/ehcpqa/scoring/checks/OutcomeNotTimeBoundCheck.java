package org.ehcpqa.scoring.checks;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Check;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.Finding;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicon;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.text.Item;

import java.util.ArrayList;
import java.util.List;

/**
 * Outcomes must say by when they should be met, usually the end of a key stage or phase (CoP 9.66,
 * SMART). A deadline in the item, its lead-in or its heading counts. Params: {@code allowed}
 * (default 0).
 */
@Singleton
public class OutcomeNotTimeBoundCheck implements Check {

    @Override
    public CheckCode code() {
        return CheckCode.OUTCOME_NOT_TIME_BOUND;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        List<Item> outcomes = OutcomeItems.of(plan);
        if (outcomes.isEmpty()) {
            return CheckOutcome.notApplicable(code(), "There are no outcomes to judge.");
        }
        Lexicon time = lexicons.timeExpressions();
        for (Item statement : OutcomeItems.sectionStatements(plan)) {
            if (time.containsAny(statement.text(), "deadline")) {
                return CheckOutcome.pass(code(), "Section E sets one timescale for all outcomes.");
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Item outcome : outcomes) {
            String context = outcome.heading() == null ? outcome.textWithContext()
                    : outcome.heading() + "\n" + outcome.textWithContext();
            if (!time.containsAny(context, "deadline")) {
                findings.add(Finding.of(SectionCode.E, outcome.evidence(), JudgedItems.where(SectionCode.E, outcome)
                        + " says '" + outcome.quote() + "' but not by when; give the point at which it should be "
                        + "met, for example 'by the end of Key Stage 2' or 'by July 2027'."));
            }
        }
        return CheckOutcome.judged(code(), CheckOutcome.share(outcomes.size() - findings.size(), outcomes.size()),
                findings, params.intValue("allowed", 0), "Every outcome says by when it should be met.",
                findings.size() + " of " + outcomes.size() + " outcomes have no timescale.");
    }
}
