package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.checks.JudgedItems.SectionItem;
import org.ehcpqa.scoring.text.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The outcomes of section E. Steps and short-term targets listed under an outcome are the
 * setting's business and take their timescale from the outcome, so they are not judged as
 * outcomes. A sentence such as "All outcomes are to be achieved by July 2027" times every outcome.
 */
final class OutcomeItems {

    private static final Pattern STEPS = Pattern.compile(
            "\\b(?:steps?|short[-\\s]term|targets?|milestones?|how\\s+we\\s+will\\s+know|provision)\\b",
            Pattern.CASE_INSENSITIVE);
    // "Each outcome below follows from a need in section B" introduces the outcomes; it is not one.
    private static final Pattern ABOUT_ALL_OUTCOMES = Pattern.compile(
            "\\b(?:all|these|the\\s+following|the)\\s+outcomes\\b|\\b(?:each|every)\\s+outcome\\s+(?:below|listed|in\\s+this)\\b",
            Pattern.CASE_INSENSITIVE);

    private OutcomeItems() {
    }

    static List<Item> of(PlanForScoring plan) {
        List<Item> outcomes = new ArrayList<>();
        for (SectionItem entry : JudgedItems.of(plan, List.of(SectionCode.E), JudgedItems.DEFAULT_MIN_WORDS)) {
            Item item = entry.item();
            if (isStep(item) || ABOUT_ALL_OUTCOMES.matcher(item.text()).find()) {
                continue;
            }
            outcomes.add(item);
        }
        return outcomes;
    }

    /** A sentence about all outcomes, which may set their shared timescale. */
    static List<Item> sectionStatements(PlanForScoring plan) {
        return plan.items(SectionCode.E).stream()
                .filter(item -> ABOUT_ALL_OUTCOMES.matcher(item.text()).find())
                .toList();
    }

    private static boolean isStep(Item item) {
        return (item.heading() != null && STEPS.matcher(item.heading()).find())
                || (item.leadIn() != null && STEPS.matcher(item.leadIn()).find());
    }
}
