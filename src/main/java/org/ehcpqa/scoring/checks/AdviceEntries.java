package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicon;
import org.ehcpqa.scoring.text.Item;

import java.util.List;

/** The items of section K that list a piece of advice, not its introduction or headings. */
final class AdviceEntries {

    private AdviceEntries() {
    }

    static List<Item> of(PlanForScoring plan, Lexicon adviceTypes) {
        return JudgedItems.all(plan.text(SectionCode.K)).stream()
                .filter(item -> JudgedItems.words(item.text()) >= 2)
                .filter(item -> adviceTypes.containsAny(item.text(), "entry"))
                .filter(item -> !item.text().trim().endsWith(":"))
                .toList();
    }

    /** What kind of advice an entry is, for explanations; falls back to the entry's first words. */
    static String describe(Item item, Lexicon adviceTypes) {
        for (String kind : List.of("educational-psychology", "health", "social-care", "parents", "education")) {
            var matches = adviceTypes.findAll(item.text(), kind);
            if (!matches.isEmpty()) {
                return "the " + matches.getFirst().text() + " advice";
            }
        }
        return "'" + item.quote() + "'";
    }
}
