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
import org.ehcpqa.scoring.lexicon.Lexicon;
import org.ehcpqa.scoring.lexicon.LexiconMatch;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.text.Sentences;
import org.ehcpqa.scoring.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A plan that speaks of a phase the child has left (a post-16 plan describing Key Stage 2), or of
 * one two phases away (GCSEs in an early-years plan), was probably not updated at review. Sentences
 * about the past ("when she was in Year 4") or the future ("wants to go to college") rightly name
 * other phases, so they are skipped; and the next phase is always fair to mention, since plans
 * prepare for transfer. Params: {@code sections} (default [B, E, F, I]), {@code allowed} (default 0).
 */
@Singleton
public class StalePhaseReferenceCheck implements Check {

    private static final List<String> PHASES = List.of("early-years", "primary", "secondary", "post-16");
    private static final List<String> SPOKEN = List.of("early years", "primary", "secondary", "post-16");

    @Override
    public CheckCode code() {
        return CheckCode.STALE_PHASE_REFERENCE;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        OptionalInt year = SchoolYears.of(plan.metadata());
        if (year.isEmpty()) {
            return CheckOutcome.notApplicable(code(), "The child's school year is not known.");
        }
        int current = phase(year.getAsInt());
        Lexicon terms = lexicons.phaseTerms();
        List<Finding> findings = new ArrayList<>();
        for (SectionCode code : params.sections("sections", List.of(SectionCode.B, SectionCode.E, SectionCode.F, SectionCode.I))) {
            String text = plan.text(code);
            // One scan of the section; matches are then grouped by sentence.
            List<LexiconMatch> matches = terms.findAll(text);
            if (matches.isEmpty()) {
                continue;
            }
            int next = 0;
            for (Span sentence : Sentences.split(text)) {
                List<LexiconMatch> inSentence = new ArrayList<>();
                while (next < matches.size() && matches.get(next).start() < sentence.end()) {
                    if (matches.get(next).start() >= sentence.start()) {
                        inSentence.add(matches.get(next));
                    }
                    next++;
                }
                if (inSentence.stream().anyMatch(m -> m.entry().hasTag("past") || m.entry().hasTag("future"))) {
                    continue;
                }
                for (LexiconMatch match : inSentence) {
                    int[] range = range(match);
                    if (range == null || (range[0] <= current + 1 && range[1] >= current)) {
                        continue;
                    }
                    findings.add(Finding.of(code, Evidence.of(text, match.start(), match.end()),
                            "Section " + code.name() + " mentions '" + match.text() + "', which belongs to "
                                    + SPOKEN.get(range[0]) + " education, but the child is in " + describe(year.getAsInt())
                                    + "; check the plan was updated at the last review ('"
                                    + org.ehcpqa.scoring.text.Quotes.shorten(sentence.text(), 70) + "')."));
                    break;
                }
            }
        }
        return CheckOutcome.judged(code(), findings.isEmpty() ? 100 : Math.max(0, 100 - 25 * findings.size()),
                findings, params.intValue("allowed", 0), "The plan speaks of the child's current phase.",
                findings.size() + " reference(s) to another phase of education.");
    }

    /** The earliest and latest phase a term belongs to, or null for the past/future markers. */
    private static int[] range(LexiconMatch match) {
        int low = -1;
        int high = -1;
        for (int i = 0; i < PHASES.size(); i++) {
            if (match.entry().hasTag(PHASES.get(i))) {
                low = low < 0 ? i : low;
                high = i;
            }
        }
        return low < 0 ? null : new int[] {low, high};
    }

    static int phase(int year) {
        if (year < 0) {
            return 0;
        }
        if (year <= 6) {
            return year == 0 ? 0 : 1;
        }
        return year <= 11 ? 2 : 3;
    }

    private static String describe(int year) {
        return year < 0 ? "nursery" : year == 0 ? "Reception" : "Year " + year;
    }
}
