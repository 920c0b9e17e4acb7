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
import org.ehcpqa.scoring.lexicon.LexiconEntry;
import org.ehcpqa.scoring.lexicon.LexiconMatch;
import org.ehcpqa.scoring.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Professional terms a family may not understand. A term explained once anywhere in the plan,
 * in brackets beside it or with its plain meaning next to it, is not reported anywhere: the plan
 * has done what CoP 9.61 asks. Each unexplained term is reported once, at its first use.
 * Params: {@code sections} (default all but K, which lists professionals' titles),
 * {@code allowed} (distinct unexplained terms tolerated, default 2).
 */
@Singleton
public class JargonCheck implements Check {

    private static final List<SectionCode> DEFAULT_SECTIONS = List.of(SectionCode.A, SectionCode.B, SectionCode.C,
            SectionCode.D, SectionCode.E, SectionCode.F, SectionCode.G, SectionCode.H1, SectionCode.H2,
            SectionCode.I, SectionCode.J);

    @Override
    public CheckCode code() {
        return CheckCode.JARGON;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        Lexicon jargon = lexicons.jargon();
        List<SectionCode> sections = params.sections("sections", DEFAULT_SECTIONS);
        Set<LexiconEntry> explained = new HashSet<>();
        Map<LexiconEntry, Finding> firstUse = new LinkedHashMap<>();
        for (SectionCode code : sections) {
            String text = plan.text(code);
            for (LexiconMatch match : jargon.findAll(text)) {
                if (isExplained(text, match)) {
                    explained.add(match.entry());
                } else if (!firstUse.containsKey(match.entry())) {
                    firstUse.put(match.entry(), finding(code, match));
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        firstUse.forEach((entry, finding) -> {
            if (!explained.contains(entry)) {
                findings.add(finding);
            }
        });
        int allowed = params.intValue("allowed", 2);
        return CheckOutcome.judged(code(), Math.max(0, 100 - 15 * findings.size()), findings, allowed,
                findings.isEmpty() ? "No unexplained jargon was found." : findings.size()
                        + " unexplained term(s), within the allowance of " + allowed + ".",
                findings.size() + " professional terms are used without explanation.");
    }

    /** "SALT (speech and language therapy)", "speech and language therapist (SALT)", or the plain words near. */
    private static boolean isExplained(String text, LexiconMatch match) {
        int after = skipSpaces(text, match.end());
        if (after < text.length() && (text.charAt(after) == '(' || text.charAt(after) == '-' || text.charAt(after) == '–')) {
            return true;
        }
        int before = match.start() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before >= 0 && text.charAt(before) == '(') {
            return true;
        }
        String alternative = match.entry().alternative();
        if (alternative == null) {
            return false;
        }
        String window = text.substring(Math.max(0, match.start() - 120), Math.min(text.length(), match.end() + 120))
                .toLowerCase(Locale.ROOT);
        String[] words = alternative.toLowerCase(Locale.ROOT).split("\\s+");
        String head = String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
        return window.contains(head);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static Finding finding(SectionCode code, LexiconMatch match) {
        String plain = match.entry().alternative();
        return Finding.of(code, new Evidence(match.start(), match.end(), match.text()), "Section " + code.name()
                + " uses '" + match.text() + "' without explaining it; a family may not know the term"
                + (plain == null ? "." : ". In plain English: '" + plain + "'."));
    }
}
