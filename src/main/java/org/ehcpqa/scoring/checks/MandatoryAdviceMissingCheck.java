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

/**
 * Regulation 6(1) of the SEND Regulations 2014 requires psychological, health and social care
 * advice and the parents' views; section K must list them, even if only to say social care has no
 * involvement. Params: {@code required} (advice-types.yaml tags; default educational-psychology,
 * health, social-care, parents).
 */
@Singleton
public class MandatoryAdviceMissingCheck implements Check {

    private static final Map<String, String> SPOKEN = Map.of(
            "educational-psychology", "advice from an educational psychologist",
            "health", "health advice",
            "social-care", "social care advice",
            "parents", "the parents' views",
            "education", "educational advice");

    @Override
    public CheckCode code() {
        return CheckCode.MANDATORY_ADVICE_MISSING;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        List<String> required = params.stringList("required",
                List.of("educational-psychology", "health", "social-care", "parents"));
        if (plan.section(SectionCode.K).isEmpty()) {
            return CheckOutcome.notApplicable(code(), "The plan has no section K (reported as a missing section).");
        }
        String text = plan.text(SectionCode.K);
        Lexicon advice = lexicons.adviceTypes();
        List<Finding> findings = new ArrayList<>();
        for (String kind : required) {
            if (!advice.containsAny(text, kind)) {
                findings.add(Finding.absent(SectionCode.K, "Section K lists no " + SPOKEN.getOrDefault(kind, kind)
                        + "; the SEND Regulations 2014 (regulation 6) require it for every plan."));
            }
        }
        return CheckOutcome.judged(code(), CheckOutcome.share(required.size() - findings.size(), required.size()),
                findings, 0, "Section K lists all the advice the law requires.",
                findings.size() + " kind(s) of mandatory advice are missing from section K.");
    }
}
