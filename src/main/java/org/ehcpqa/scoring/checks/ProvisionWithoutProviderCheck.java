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
import org.ehcpqa.scoring.text.Item;

import java.util.ArrayList;
import java.util.List;

/**
 * Provision must say who delivers it, with role and qualification. The item's lead-in and
 * sub-heading count ("Delivered by the class teacher:"), because plans often name the role once
 * for a list. Params: {@code sections} (default [F]), {@code allowed} (default 0),
 * {@code minWords} (default 4).
 */
@Singleton
public class ProvisionWithoutProviderCheck implements Check {

    @Override
    public CheckCode code() {
        return CheckCode.PROVISION_WITHOUT_PROVIDER;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        List<SectionItem> items = JudgedItems.of(plan, params.sections("sections", List.of(SectionCode.F)),
                params.intValue("minWords", JudgedItems.DEFAULT_MIN_WORDS));
        if (items.isEmpty()) {
            return CheckOutcome.notApplicable(code(), "There is no provision to judge.");
        }
        Lexicon roles = lexicons.roles();
        List<Finding> findings = new ArrayList<>();
        for (SectionItem entry : items) {
            Item item = entry.item();
            String context = item.heading() == null ? item.textWithContext() : item.heading() + "\n" + item.textWithContext();
            if (!roles.containsAny(context)) {
                findings.add(Finding.of(entry.section(), item.evidence(), JudgedItems.where(entry.section(), item)
                        + " says '" + item.quote() + "' but not who provides it; name the role and qualification, "
                        + "for example a teaching assistant trained in the programme."));
            }
        }
        return CheckOutcome.judged(code(), CheckOutcome.share(items.size() - findings.size(), items.size()), findings,
                params.intValue("allowed", 0), "Every provision item names who provides it.",
                findings.size() + " of " + items.size() + " provision items name no provider.");
    }
}
