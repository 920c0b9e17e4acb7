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
import org.ehcpqa.scoring.checks.JudgedItems.SectionItem;
import org.ehcpqa.scoring.lexicon.Lexicon;
import org.ehcpqa.scoring.lexicon.LexiconMatch;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.text.Item;

import java.util.ArrayList;
import java.util.List;

/**
 * Speech and language therapy, and occupational therapy that educates or trains, is special
 * educational provision and belongs in F (CoP 9.74), where the council must secure it; in G it
 * loses that duty. An item of G is reported when it names such a therapy together with teaching
 * or training words, and not when it is clinical work (swallowing, wheelchairs, splints).
 * Params: {@code allowed} (default 0).
 */
@Singleton
public class TherapyInHealthSectionCheck implements Check {

    @Override
    public CheckCode code() {
        return CheckCode.THERAPY_IN_HEALTH_SECTION;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        List<SectionItem> items = JudgedItems.of(plan, List.of(SectionCode.G), 1);
        if (items.isEmpty()) {
            return CheckOutcome.notApplicable(code(), "Section G has no provision to judge.");
        }
        Lexicon therapy = lexicons.therapyTerms();
        List<Finding> findings = new ArrayList<>();
        for (SectionItem entry : items) {
            Item item = entry.item();
            List<LexiconMatch> therapies = therapy.findAll(item.text(), "educational");
            if (therapies.isEmpty() || therapy.containsAny(item.textWithContext(), "health-only")
                    || !therapy.containsAny(item.textWithContext(), "education-context")) {
                continue;
            }
            LexiconMatch first = therapies.getFirst();
            List<Evidence> evidence = List.of(item.evidence());
            findings.add(new Finding(SectionCode.G, evidence, JudgedItems.where(SectionCode.G, item) + " puts '"
                    + first.text() + "' that teaches or trains ('" + item.quote() + "') in health provision; "
                    + "therapy that educates or trains is special educational provision and belongs in section F "
                    + "(SEND Code of Practice 9.74)."));
        }
        return CheckOutcome.judged(code(), CheckOutcome.share(items.size() - findings.size(), items.size()), findings,
                params.intValue("allowed", 0), "No educational therapy is written as health provision.",
                findings.size() + " items of section G hold therapy that belongs in section F.");
    }
}
