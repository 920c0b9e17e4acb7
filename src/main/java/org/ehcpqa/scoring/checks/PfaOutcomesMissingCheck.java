package org.ehcpqa.scoring.checks;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Check;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.Finding;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicon;
import org.ehcpqa.scoring.lexicon.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * From Year 9 the outcomes must prepare for adulthood (reg 12(3); CoP 9.63): employment or further
 * education, independent living, friends and community, and good health. When the school year
 * cannot be told, the check does not apply rather than guess. Params: {@code fromYear} (default 9),
 * {@code domains} (pfa-domains.yaml tags; default all four).
 */
@Singleton
public class PfaOutcomesMissingCheck implements Check {

    private static final Map<String, String> SPOKEN = Map.of("employment", "employment or further education",
            "independent-living", "independent living", "community", "friends, relationships and community",
            "health", "good health");

    @Override
    public CheckCode code() {
        return CheckCode.PFA_OUTCOMES_MISSING;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        OptionalInt year = SchoolYears.of(plan.metadata());
        int fromYear = params.intValue("fromYear", 9);
        if (year.isEmpty() || year.getAsInt() < fromYear) {
            return CheckOutcome.notApplicable(code(), year.isEmpty()
                    ? "The child's school year is not known." : "Preparing-for-adulthood outcomes start in Year " + fromYear + ".");
        }
        List<String> domains = params.stringList("domains", List.of("employment", "independent-living", "community", "health"));
        Lexicon pfa = lexicons.pfaDomains();
        String outcomes = plan.text(SectionCode.E);
        List<Finding> findings = new ArrayList<>();
        for (String domain : domains) {
            if (!pfa.containsAny(outcomes, domain)) {
                findings.add(Finding.absent(SectionCode.E, "Section E has no preparing-for-adulthood outcome about "
                        + SPOKEN.getOrDefault(domain, domain) + "; from Year 9 the outcomes must look ahead to adult "
                        + "life (SEND Code of Practice 9.63)."));
            }
        }
        return CheckOutcome.judged(code(), CheckOutcome.share(domains.size() - findings.size(), domains.size()),
                findings, 0, "The outcomes cover every preparing-for-adulthood area.",
                findings.size() + " preparing-for-adulthood area(s) have no outcome.");
    }
}
