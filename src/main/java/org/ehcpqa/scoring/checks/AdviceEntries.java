package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicon;
import org.ehcpqa.scoring.text.Item;
import org.ehcpqa.scoring.text.ItemKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of section K that list a piece of advice, not its introduction or headings. K is read
 * line by line rather than through the item splitter: an entry without its date ("Health advice –
 * Dr Obi, Paediatrician") is short and unpunctuated, so the splitter would take it for a sub-heading,
 * and it is exactly the entry the advice checks must see.
 */
final class AdviceEntries {

    private static final Pattern MARKER = Pattern.compile("^[ \\t]*(?:[•\\-*–—·▪●◦○■□➢►✓]|\\(?\\d{1,2}[.)]|\\(?[a-h][.)])[ \\t]+");

    private AdviceEntries() {
    }

    static List<Item> of(PlanForScoring plan, Lexicon adviceTypes) {
        String text = plan.text(SectionCode.K);
        List<Item> entries = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentStart = start;
            Matcher marker = MARKER.matcher(text).region(start, end);
            if (marker.lookingAt()) {
                contentStart = marker.end();
            }
            while (contentStart < end && Character.isWhitespace(text.charAt(contentStart))) {
                contentStart++;
            }
            int contentEnd = end;
            while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            // Lines that introduce the list ("The following advice was gathered:") are not counted.
            if (contentEnd > contentStart && text.charAt(contentEnd - 1) != ':') {
                number++;
                String line = text.substring(contentStart, contentEnd);
                if (JudgedItems.words(line) >= 2 && !line.endsWith(":") && adviceTypes.containsAny(line, "entry")) {
                    entries.add(new Item(number, ItemKind.PARAGRAPH, contentStart, contentEnd, line, null, null));
                }
            }
            start = end + 1;
        }
        return entries;
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
