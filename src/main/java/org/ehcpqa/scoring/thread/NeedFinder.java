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

    // Identification and contact details ("Her NHS number is ... and her GP is Dr ...", "The family
    // live at ... and can be contacted on ...") sit in C and D of many plans; they name no need.
    // The look-ahead lets the scan skip a position on one character test; this runs over every item.
    private static final Pattern DETAILS_ONLY = Pattern.compile(
            "(?=[nwgrcel])\\b(?:NHS\\s+number|was\\s+born\\s+on|GP\\s+is|registered\\s+with|can\\s+be\\s+contacted|"
            + "e-?mail\\s+at|(?:live|lives)\\s+at)\\b",
            Pattern.CASE_INSENSITIVE);

    // "Leo has a severe learning difficulty and autism.": a diagnosis or category names no need that
    // provision could answer; the items that describe what the child finds hard do. Read in B only:
    // in C, "Jordan has asthma." is itself the health need.
    private static final Pattern DIAGNOSIS_ONLY = Pattern.compile(
            "^\\S+\\s+(?:has|have)\\s+(?:(?:a|an)\\s+)?(?:(?:formal\\s+)?diagnosis\\s+of\\s+)?[^.;:]{3,80}\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIBES = Pattern.compile(
            "\\b(?:with|finds?|struggles?|cannot|can't|unable|affecting|which|who|when|because|so)\\b",
            Pattern.CASE_INSENSITIVE);
    // "The SENCo has observed that ...", "Her key adult has seen that ...": evidence for the need
    // stated above it under the same heading, not another need.
    private static final Pattern ATTRIBUTED = Pattern.compile("(?:[\\w'’ ]{2,40}\\s+)?(?:has\\s+observed|have\\s+observed|"
            + "has\\s+seen|have\\s+seen|has\\s+found|have\\s+found|found|noted|observed|reports?|report\\s+that|says|said|"
            + "show|shows)\\s+that\\b", Pattern.CASE_INSENSITIVE);

    private final ItemSplitter splitter = new ItemSplitter();

    public List<Item> needs(String sectionText, Lexicon markers) {
        return needs(splitter.split(sectionText), markers, true, false);
    }

    /**
     * The needs among a section's items, already split.
     *
     * @param markedOnly    when some items use the usual need wording, keep only those (B and D,
     *                      where provision-like or background lines sit among the needs; not C,
     *                      where a condition is stated plainly)
     * @param educational   whether the section is B, where diagnoses and observation paragraphs
     *                      are told apart from needs
     */
    public List<Item> needs(List<Item> items, Lexicon markers, boolean markedOnly, boolean educational) {
        List<Item> candidates = new ArrayList<>();
        Item previous = null;
        for (Item item : items) {
            Item before = previous;
            previous = item;
            if (!hasWords(item.text(), MIN_WORDS) || markers.containsAny(item.text(), NONE)
                    || NOT_A_NEED.matcher(item.text()).find() || isDetailsOnly(item, markers)) {
                continue;
            }
            if (educational && (isDiagnosisOnly(item) || (before != null
                    && java.util.Objects.equals(before.heading(), item.heading())
                    && ATTRIBUTED.matcher(item.text()).lookingAt()))) {
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
        if (!markedOnly) {
            return candidates;
        }
        List<Item> marked = candidates.stream().filter(item -> markers.containsAny(item.text(), NEED)).toList();
        return marked.isEmpty() ? candidates : marked;
    }

    /** At least this many words, counted without splitting the whole paragraph. */
    private static boolean hasWords(String text, int wanted) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < wanted; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words >= wanted;
    }

    private static boolean isDetailsOnly(Item item, Lexicon markers) {
        return DETAILS_ONLY.matcher(item.text()).find() && !markers.containsAny(item.text(), NEED);
    }

    private static boolean isDiagnosisOnly(Item item) {
        String text = item.text().trim();
        if (text.length() > 120) {
            return false;
        }
        return DIAGNOSIS_ONLY.matcher(text).matches() && !DESCRIBES.matcher(text).find()
                && text.indexOf(". ") < 0;
    }

    /** True when the section says in so many words that there is no need of its kind. */
    public boolean statesNone(String sectionText, Lexicon markers) {
        return markers.containsAny(sectionText, NONE);
    }
}
