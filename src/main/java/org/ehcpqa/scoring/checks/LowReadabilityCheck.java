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
import org.ehcpqa.scoring.text.Quotes;
import org.ehcpqa.scoring.text.Readability;
import org.ehcpqa.scoring.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Plans must be clear and understandable to the family (CoP 9.61). Each section long enough to
 * measure is scored with Flesch reading ease and average sentence length; the two longest
 * sentences are quoted, as they are usually what to rewrite. Params: {@code sections}
 * (default [A, B, E, F]), {@code minFleschReadingEase} (default 30: "very difficult" below),
 * {@code maxAverageSentenceWords} (default 25), {@code minWords} (default 80).
 */
@Singleton
public class LowReadabilityCheck implements Check {

    private static final int LONG_SENTENCE = 30;

    @Override
    public CheckCode code() {
        return CheckCode.LOW_READABILITY;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        List<SectionCode> sections = params.sections("sections",
                List.of(SectionCode.A, SectionCode.B, SectionCode.E, SectionCode.F));
        double minEase = params.doubleValue("minFleschReadingEase", 30);
        double maxWords = params.doubleValue("maxAverageSentenceWords", 25);
        int minWords = params.intValue("minWords", 80);
        List<Finding> findings = new ArrayList<>();
        int measured = 0;
        double worst = 100;
        for (SectionCode code : sections) {
            Readability.Score score = Readability.of(plan.text(code));
            if (score.words() < minWords) {
                continue;
            }
            measured++;
            worst = Math.min(worst, score.fleschReadingEase());
            if (score.fleschReadingEase() < minEase || score.averageSentenceWords() > maxWords) {
                findings.add(finding(code, score, minEase, maxWords));
            }
        }
        if (measured == 0) {
            return CheckOutcome.notApplicable(code(), "No section is long enough to measure.");
        }
        int overall = (int) Math.round(Math.max(0, Math.min(100, worst)));
        return CheckOutcome.judged(code(), findings.isEmpty() ? Math.max(overall, 50) : Math.min(overall, 49),
                findings, 0, "The measured sections are readable.", findings.size() + " section(s) are hard to read.");
    }

    private static Finding finding(SectionCode code, Readability.Score score, double minEase, double maxWords) {
        List<Evidence> evidence = new ArrayList<>();
        StringBuilder why = new StringBuilder("Section ").append(code.name()).append(" scores ")
                .append(Math.round(score.fleschReadingEase())).append(" for reading ease (")
                .append(Math.round(minEase)).append(" or more is wanted) with sentences of ")
                .append(Math.round(score.averageSentenceWords())).append(" words on average (")
                .append(Math.round(maxWords)).append(" or fewer is wanted).");
        for (Span sentence : score.longest(2)) {
            int words = sentence.text().split("\\s+").length;
            if (words >= LONG_SENTENCE) {
                evidence.add(new Evidence(sentence.start(), sentence.end(), sentence.text()));
                if (evidence.size() == 1) {
                    why.append(" The longest sentence has ").append(words).append(" words: '")
                            .append(Quotes.shorten(sentence.text(), 80)).append("'.");
                }
            }
        }
        return new Finding(code, evidence, why.toString());
    }
}
