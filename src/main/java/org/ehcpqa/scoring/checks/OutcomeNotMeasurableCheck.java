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
 * An outcome must let anyone tell whether it has been met (CoP 9.66). An item passes with a
 * counted criterion ("in 4 out of 5 lessons", "independently"), or with an observable action
 * ("will read", "will travel") when it is not also soft ("will improve", "feel more").
 * Support written where a result should be ("will have access to") always fails: it is provision.
 * Params: {@code allowed} (default 0).
 */
@Singleton
public class OutcomeNotMeasurableCheck implements Check {

    @Override
    public CheckCode code() {
        return CheckCode.OUTCOME_NOT_MEASURABLE;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        List<Item> outcomes = OutcomeItems.of(plan);
        if (outcomes.isEmpty()) {
            return CheckOutcome.notApplicable(code(), "There are no outcomes to judge.");
        }
        Lexicon measures = lexicons.measures();
        List<Finding> findings = new ArrayList<>();
        for (Item outcome : outcomes) {
            String text = outcome.text();
            String where = JudgedItems.where(SectionCode.E, outcome) + " says '" + outcome.quote() + "'";
            if (measures.containsAny(text, "provision-as-outcome")) {
                findings.add(Finding.of(SectionCode.E, outcome.evidence(), where + ", which describes support "
                        + "rather than what the child will achieve; write the difference it will make, and put the "
                        + "support in section F."));
            } else if (!measures.containsAny(text, "measure")
                    && (measures.containsAny(text, "soft") || !measures.containsAny(text, "observable"))) {
                findings.add(Finding.of(SectionCode.E, outcome.evidence(), where + " but gives no way to tell "
                        + "when it has been met; add what will be seen and how much, for example 'in 4 out of 5 "
                        + "lessons' or 'without adult prompting'."));
            }
        }
        return CheckOutcome.judged(code(), CheckOutcome.share(outcomes.size() - findings.size(), outcomes.size()),
                findings, params.intValue("allowed", 0), "Every outcome can be measured.",
                findings.size() + " of " + outcomes.size() + " outcomes cannot be measured.");
    }
}
