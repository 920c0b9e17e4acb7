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
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.text.Item;
import org.ehcpqa.scoring.text.Sentences;
import org.ehcpqa.scoring.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Section A should carry the child's own voice. Parents' views are rightly in the third person, so
 * items under a parents' heading are skipped; and a section that says how the views were gathered
 * ("views gathered using Talking Mats", "she told her teacher") is accepted, because the Code
 * allows a child's views to be reported when it is said how. Params:
 * {@code minThirdPersonSentences} (default 3), {@code minFirstPersonSentences} (default 1).
 */
@Singleton
public class ThirdPersonVoiceCheck implements Check {

    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)\\b|"
            + "\\b(?i:my|me|myself)\\b");
    private static final Pattern PARENT_HEADING = Pattern.compile(
            "(?i)\\b(?:parents?|parent's|parents'|mum|dad|mother|father|carers?|family|famil(?:y|ies)'s)\\b");
    private static final Pattern GATHERED = Pattern.compile("(?i)\\b(?:views?\\s+(?:were|was|have\\s+been)\\s+"
            + "(?:gathered|collected|obtained|sought|captured|recorded)|gathered\\s+(?:by|through|using|from|with)"
            + "|in\\s+(?:his|her|their)\\s+own\\s+words|through\\s+observation|observed\\s+by|talking\\s+mats?"
            + "|told\\s+(?:his|her|their|the|us|me)\\b|shared\\s+with|“)");

    @Override
    public CheckCode code() {
        return CheckCode.THIRD_PERSON_VOICE;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        String text = plan.text(SectionCode.A);
        if (text.isBlank()) {
            return CheckOutcome.notApplicable(code(), "Section A is empty.");
        }
        if (GATHERED.matcher(text).find() || childSays(plan).matcher(text).find()) {
            return CheckOutcome.pass(code(), "Section A says how the child's views were gathered.");
        }
        Pattern thirdPerson = thirdPerson(plan);
        int first = 0;
        List<Span> third = new ArrayList<>();
        for (Item item : plan.items(SectionCode.A)) {
            if (isParents(item)) {
                continue;
            }
            for (Span sentence : Sentences.split(item.text())) {
                if (FIRST_PERSON.matcher(sentence.text()).find()) {
                    first++;
                } else if (thirdPerson.matcher(sentence.text()).find()) {
                    third.add(new Span(item.start() + sentence.start(), item.start() + sentence.end(), sentence.text()));
                }
            }
        }
        if (first >= params.intValue("minFirstPersonSentences", 1)
                || third.size() < params.intValue("minThirdPersonSentences", 3)) {
            return CheckOutcome.pass(code(), "Section A carries the child's own voice.");
        }
        List<Evidence> evidence = third.stream().limit(3).map(s -> new Evidence(s.start(), s.end(), s.text())).toList();
        Finding finding = new Finding(SectionCode.A, evidence, "Section A is written about the child rather than in "
                + "their voice (for example '" + org.ehcpqa.scoring.text.Quotes.shorten(third.getFirst().text(), 60)
                + "'); write what the child says in the first person ('I like ...'), or say how their views were "
                + "gathered.");
        return new CheckOutcome(code(), org.ehcpqa.scoring.CheckResult.FAIL,
                CheckOutcome.share(first, first + third.size()), List.of(finding),
                third.size() + " sentences of section A speak about the child and none in their voice.");
    }

    /**
     * "She says that she likes maths" reports the child's own words; "His mum says that ..." is a
     * parent's view and says nothing of how the child's were gathered.
     */
    private static Pattern childSays(PlanForScoring plan) {
        String name = plan.childFirstName().map(Pattern::quote).orElse("(?!x)x");
        return Pattern.compile("(?i:\\b(?:he|she|they)|\\b" + name + ")\\s+(?i:says|said)\\s*(?:that|:|,|\")");
    }

    private static boolean isParents(Item item) {
        return (item.heading() != null && PARENT_HEADING.matcher(item.heading()).find())
                || (item.leadIn() != null && PARENT_HEADING.matcher(item.leadIn()).find());
    }

    private static Pattern thirdPerson(PlanForScoring plan) {
        String name = plan.childFirstName().map(Pattern::quote).orElse("(?!x)x");
        return Pattern.compile("^(?:He|She|They|" + name + ")(?:'s|’s)?\\b|\\b" + name
                + "\\s+(?:likes|enjoys|loves|wants|would\\s+like|is|has|can|finds|says|feels|prefers|dislikes)\\b");
    }
}
