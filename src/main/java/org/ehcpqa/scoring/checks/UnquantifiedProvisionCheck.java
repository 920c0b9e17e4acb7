package org.ehcpqa.scoring.checks;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Check;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.Finding;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.checks.JudgedItems.SectionItem;
import org.ehcpqa.scoring.lexicon.Lexicon;
import org.ehcpqa.scoring.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;

/**
 * Provision must normally be quantified: how often, for how long, how much (CoP 9.69; L v Clarke
 * & Somerset). Each item is judged with its lead-in, since "Daily, for 20 minutes:" often governs a
 * whole list. Params: {@code sections} (default [F]), {@code allowed} (items tolerated, default 0),
 * {@code minWords} (shorter items are labels, default 4).
 */
@Singleton
public class UnquantifiedProvisionCheck implements Check {

    @Override
    public CheckCode code() {
        return CheckCode.UNQUANTIFIED_PROVISION;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        List<SectionCode> sections = params.sections("sections", List.of(SectionCode.F));
        List<SectionItem> items = JudgedItems.of(plan, sections, params.intValue("minWords", JudgedItems.DEFAULT_MIN_WORDS));
        if (items.isEmpty()) {
            return CheckOutcome.notApplicable(code(), "There is no provision to judge.");
        }
        Lexicon time = lexicons.timeExpressions();
        List<Finding> findings = new ArrayList<>();
        for (SectionItem entry : items) {
            if (!isQuantified(time, entry.item().textWithContext())) {
                findings.add(Finding.of(entry.section(), entry.item().evidence(),
                        JudgedItems.where(entry.section(), entry.item()) + " says '" + entry.item().quote()
                                + "' but not how often, for how long or how much."));
            }
        }
        return CheckOutcome.judged(code(), CheckOutcome.share(items.size() - findings.size(), items.size()), findings,
                params.intValue("allowed", 0), "Every provision item says how often, how long or how much.",
                findings.size() + " of " + items.size() + " provision items are not quantified.");
    }

    static boolean isQuantified(Lexicon time, String text) {
        return time.containsAny(text, "frequency") || time.containsAny(text, "duration")
                || time.containsAny(text, "amount");
    }
}
