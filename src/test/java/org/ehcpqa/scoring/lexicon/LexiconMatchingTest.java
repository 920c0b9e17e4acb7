package org.ehcpqa.scoring.lexicon;

import org.ehcpqa.synthetic.GeneratedPlan;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lexicon's fast paths (literal terms found through a word table, patterns tried only where
 * they can begin) must find exactly what one plain alternation of every entry, longest first,
 * finds: that alternation is the definition of a lexicon match.
 */
class LexiconMatchingTest {

    private static final Lexicons LEXICONS = new LexiconLoader("qa-framework").load();

    @Test
    void everyShippedLexiconAndTagMatchesAsOneAlternationWouldOnGeneratedPlans() {
        List<String> texts = new ArrayList<>();
        for (GeneratedPlan plan : new SyntheticPlanGenerator().withTargetPages(10).corpus(20261126L, 12)) {
            plan.truth().sections().forEach(section -> texts.add(section.text()));
        }
        texts.add("Access to SALT 3x weekly; co-regulation, CO-REGULATION and coregulation. May may MAY. £20 per week.");
        int compared = 0;
        int matched = 0;
        for (Lexicon lexicon : LEXICONS.byName().values()) {
            Set<String> tags = new TreeSet<>(lexicon.tags());
            tags.add("");
            for (String tag : tags) {
                Pattern reference = alternation(lexicon, tag);
                for (String text : texts) {
                    List<String> expected = spans(reference, text);
                    List<String> actual = lexicon.findAll(text, tag).stream()
                            .map(m -> m.start() + "-" + m.end()).toList();
                    assertThat(actual).as("%s [%s] in: %s", lexicon.name(), tag, text).isEqualTo(expected);
                    assertThat(lexicon.containsAny(text, tag)).isEqualTo(!expected.isEmpty());
                    compared++;
                    matched += expected.size();
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
        assertThat(matched).as("the corpus exercises the lexicons").isGreaterThan(500);
    }

    @Test
    void aPatternTriedAtALetterKeepsOnlyTheAlternativesThatCanBeginWithIt() {
        assertThat(FirstCharacters.narrowed("\\b(?:difficult(?:y|ies)|struggles?|Slow|delay)\\b", 's'))
                .isEqualTo("\\b(?:struggles?|Slow)\\b");
        assertThat(FirstCharacters.narrowed("\\b(?:\\d+|one|two)\\s+times", '4')).isEqualTo("\\b(?:\\d+)\\s+times");
        assertThat(FirstCharacters.narrowed("\\b(?:at\\s+)?(?:all|every)\\b", 'e'))
                .as("an optional first group is left whole").isEqualTo("\\b(?:at\\s+)?(?:all|every)\\b");
        assertThat(FirstCharacters.narrowed("(?:ab|cd)+", 'a')).as("a repeated group is left whole").isEqualTo("(?:ab|cd)+");
    }

    private static Pattern alternation(Lexicon lexicon, String tag) {
        StringBuilder regex = new StringBuilder();
        for (LexiconEntry entry : lexicon.entries()) {
            if (tag.isEmpty() || entry.hasTag(tag)) {
                regex.append(regex.isEmpty() ? "" : "|").append("(?:").append(entry.regex()).append(')');
            }
        }
        return Pattern.compile(regex.isEmpty() ? "(?!)" : regex.toString(), Lexicon.FLAGS);
    }

    private static List<String> spans(Pattern pattern, String text) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                spans.add(matcher.start() + "-" + matcher.end());
            }
        }
        return spans;
    }
}
