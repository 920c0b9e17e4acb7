package org.ehcpqa.scoring.checks;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Check;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.Finding;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.text.DateFinder;
import org.ehcpqa.scoring.text.Item;

import java.util.ArrayList;
import java.util.List;

/**
 * Each piece of advice in section K needs its date, or nobody can tell whether it is current.
 * Params: {@code allowed} (default 0).
 */
@Singleton
public class AdviceMissingDatesCheck implements Check {

    @Override
    public CheckCode code() {
        return CheckCode.ADVICE_MISSING_DATES;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        List<Item> entries = AdviceEntries.of(plan, lexicons.adviceTypes());
        if (entries.isEmpty()) {
            return CheckOutcome.notApplicable(code(), "Section K lists no advice.");
        }
        List<Finding> findings = new ArrayList<>();
        for (Item entry : entries) {
            if (DateFinder.find(entry.text()).isEmpty()) {
                findings.add(Finding.of(SectionCode.K, entry.evidence(), JudgedItems.where(SectionCode.K, entry)
                        + " lists '" + entry.quote() + "' without the date of the advice."));
            }
        }
        return CheckOutcome.judged(code(), CheckOutcome.share(entries.size() - findings.size(), entries.size()),
                findings, params.intValue("allowed", 0), "Every piece of advice is dated.",
                findings.size() + " of " + entries.size() + " pieces of advice have no date.");
    }
}
