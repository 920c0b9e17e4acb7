package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.text.Item;
import org.ehcpqa.scoring.text.ItemSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The items of a section worth judging: fragments of a few words are labels, not provision. */
final class JudgedItems {

    static final int DEFAULT_MIN_WORDS = 4;
    private static final ItemSplitter SPLITTER = new ItemSplitter();
    // Cross-references and review statements stand among provision items but promise nothing.
    private static final Pattern NOT_PROVISION = Pattern.compile(
            "^(?:see\\s+section|links?\\s+to\\s+outcomes?|outcomes?\\s+(?:supported|linked)|this\\s+provision\\s+"
                    + "(?:will\\s+)?(?:supports?|meets?|links?)|source:|\\(source"
                    // "No health provision is specified because ...", "None.": nothing is promised, so nothing to quantify.
                    + "|no\\s+(?:\\w+\\s+){0,2}provision\\s+is\\s+(?:specified|required|needed|made)|none\\b|not\\s+applicable"
                    // "The health service named above is responsible for arranging this provision."
                    + "|the\\s+[\\w\\s]{1,40}\\s+(?:is|are)\\s+responsible\\s+for\\s+(?:arranging|securing|commissioning))",
            Pattern.CASE_INSENSITIVE);

    private JudgedItems() {
    }

    record SectionItem(SectionCode section, Item item) {
    }

    static List<SectionItem> of(PlanForScoring plan, List<SectionCode> sections, int minWords) {
        List<SectionItem> judged = new ArrayList<>();
        for (SectionCode code : sections) {
            for (Item item : plan.items(code)) {
                if (words(item.text()) >= minWords && !NOT_PROVISION.matcher(item.text()).find()) {
                    judged.add(new SectionItem(code, item));
                }
            }
        }
        return judged;
    }

    static List<Item> all(String text) {
        return SPLITTER.split(text);
    }

    static int words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** "Item 3 of section F" as an auditor would say it. */
    static String where(SectionCode section, Item item) {
        return "Item " + item.number() + " of section " + section.name();
    }
}
