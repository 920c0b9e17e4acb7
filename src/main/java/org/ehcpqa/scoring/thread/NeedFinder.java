package org.ehcpqa.scoring.thread;

import org.ehcpqa.scoring.lexicon.Lexicon;
import org.ehcpqa.scoring.text.Item;
import org.ehcpqa.scoring.text.ItemSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the items of B, C or D that state a need. Strengths, "no needs" statements and sourcing
 * lines are not needs, and flagging them for lacking provision would waste an auditor's time.
 * When a section uses the usual need wording ("finds it difficult", "delay"), only items with it
 * count; a section written without any such wording falls back to every remaining item.
 */
public final class NeedFinder {

    static final String NEED = "need";
    static final String STRENGTH = "strength";
    static final String NONE = "none";
    // "Jordan has asthma." is a whole need in three words.
    private static final int MIN_WORDS = 3;
    // Where the needs come from, or which SEN2 category the child falls in, are not needs that
    // provision could answer: "Source: health advice from ...", "Megan's primary need is severe
    // learning difficulty. The needs below are drawn from ...".
    private static final Pattern NOT_A_NEED = Pattern.compile(
            "^(?:\\(?\\s*sources?\\s*[:\\-–]|[^.]{0,60}\\bprimary\\s+(?:area\\s+of\\s+)?need\\s+is\\b)",
            Pattern.CASE_INSENSITIVE);

    private final ItemSplitter splitter = new ItemSplitter();

    public List<Item> needs(String sectionText, Lexicon markers) {
        return needs(splitter.split(sectionText), markers);
    }

    /** The needs among a section's items, already split. */
    public List<Item> needs(List<Item> items, Lexicon markers) {
        List<Item> candidates = new ArrayList<>();
        for (Item item : items) {
            if (item.text().split("\\s+").length < MIN_WORDS || markers.containsAny(item.text(), NONE)
                    || NOT_A_NEED.matcher(item.text()).find()) {
                continue;
            }
            if (item.heading() != null && markers.containsAny(item.heading(), STRENGTH)) {
                continue;
            }
            if (item.leadIn() != null && markers.containsAny(item.leadIn(), STRENGTH)) {
                continue;
            }
            candidates.add(item);
        }
        List<Item> marked = candidates.stream().filter(item -> markers.containsAny(item.text(), NEED)).toList();
        return marked.isEmpty() ? candidates : marked;
    }

    /** True when the section says in so many words that there is no need of its kind. */
    public boolean statesNone(String sectionText, Lexicon markers) {
        return markers.containsAny(sectionText, NONE);
    }
}
