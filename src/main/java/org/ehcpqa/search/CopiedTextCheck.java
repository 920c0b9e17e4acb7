package org.ehcpqa.search;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Check;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.Evidence;
import org.ehcpqa.scoring.Finding;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.PlanSection;
import org.ehcpqa.scoring.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;

/**
 * copied_text: passages of this plan that appear word for word in another child's plan, which is
 * how another child's name, needs or provision end up in a plan. Wording many plans share (a
 * council's template) is not copying. It lives with search because the index is what it reads;
 * being a {@link Check} bean registers it in the check library.
 *
 * <p>NOT_APPLICABLE while the index holds no plans (a new service, or a rebuild that has not yet
 * started), since copying cannot be judged without other plans. Params: {@code sections} (default
 * all but K, whose list of advice is the same in every plan), {@code allowed} (passages tolerated,
 * default 0).
 */
@Singleton
public class CopiedTextCheck implements Check {

    private static final List<SectionCode> DEFAULT_SECTIONS = List.of(SectionCode.A, SectionCode.B, SectionCode.C,
            SectionCode.D, SectionCode.E, SectionCode.F, SectionCode.G, SectionCode.H1, SectionCode.H2,
            SectionCode.I, SectionCode.J);
    private static final int OTHERS_PER_SECTION = 3;

    private final CopiedPassages passages;

    public CopiedTextCheck(CopiedPassages passages) {
        this.passages = passages;
    }

    @Override
    public CheckCode code() {
        return CheckCode.COPIED_TEXT;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        if (passages.indexedPlans() == 0) {
            return CheckOutcome.notApplicable(code(), "No other plans are indexed yet, so copying could not be checked.");
        }
        List<SectionCode> sections = params.sections("sections", DEFAULT_SECTIONS);
        List<Finding> findings = new ArrayList<>();
        for (PlanSection section : plan.sections()) {
            if (!sections.contains(section.code()) || section.isBlank()) {
                continue;
            }
            // Both shipped frameworks run this check: the plan remembers each section's answer.
            List<SimilarSection> others = plan.remember(new SectionPassages(section.text()),
                    key -> passages.find(key.text(), plan.metadata(), null, OTHERS_PER_SECTION));
            for (SimilarSection other : others) {
                List<Evidence> evidence = other.passages().stream()
                        .map(p -> new Evidence(p.start(), p.end(), p.text())).toList();
                findings.add(new Finding(section.code(), evidence, "Section " + section.code().name() + " shares "
                        + other.sharedWords() + " words with section " + other.section() + " of plan " + other.planId()
                        + " (version " + other.versionId() + "), another child's plan: check it was written for this child."));
            }
        }
        int allowed = params.intValue("allowed", 0);
        return CheckOutcome.judged(code(), Math.max(0, 100 - 25 * findings.size()), findings, allowed,
                findings.isEmpty() ? "No passage was found in another child's plan."
                        : findings.size() + " shared passage(s), within the allowance of " + allowed + ".",
                findings.size() + " passage(s) appear word for word in other children's plans.");
    }

    /** The key under which a plan remembers the passages other plans share with one section's text. */
    private record SectionPassages(String text) {
    }
}
