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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Signs of a plan copied from another child's: another first name where the child's should be,
 * or he and she both used for the child. Pronouns are reported only when one form clearly
 * dominates, so that the odd slip stands out and a plan that is simply ambiguous is left alone.
 * Params: {@code sections} (default all but I, J and K, which name schools and professionals),
 * {@code minPronouns} (uses of the dominant pronoun before a change is reported, default 3).
 */
@Singleton
public class WrongNameOrPronounCheck implements Check {

    private static final List<SectionCode> DEFAULT_SECTIONS = List.of(SectionCode.A, SectionCode.B, SectionCode.C,
            SectionCode.D, SectionCode.E, SectionCode.F, SectionCode.G, SectionCode.H1, SectionCode.H2);

    @Override
    public CheckCode code() {
        return CheckCode.WRONG_NAME_OR_PRONOUN;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        String firstName = plan.childFirstName().orElse(null);
        List<SectionCode> sections = params.sections("sections", DEFAULT_SECTIONS);
        String planText = plan.allText();
        if (firstName == null || !planText.contains(firstName)) {
            return CheckOutcome.notApplicable(code(), "The child's name is not known or not used in the plan.");
        }
        Set<String> childNames = new HashSet<>(List.of(plan.metadata().childName().toLowerCase(Locale.ROOT).split("\\s+")));
        List<Finding> findings = new ArrayList<>();
        List<ChildPronouns.Use> male = new ArrayList<>();
        List<ChildPronouns.Use> female = new ArrayList<>();
        List<SectionCode> maleSections = new ArrayList<>();
        List<SectionCode> femaleSections = new ArrayList<>();
        for (SectionCode code : sections) {
            String text = plan.text(code);
            for (OtherNames.Hit hit : OtherNames.find(text, plan, childNames, lexicons.roles())) {
                findings.add(Finding.of(code, new Evidence(hit.start(), hit.end(), hit.name()), "Section " + code.name()
                        + " names '" + hit.name() + "' where the child, " + firstName + ", is expected; check the text "
                        + "was not copied from another child's plan."));
            }
            for (ChildPronouns.Use use : ChildPronouns.find(text, firstName)) {
                (use.male() ? male : female).add(use);
                (use.male() ? maleSections : femaleSections).add(code);
            }
        }
        int minPronouns = params.intValue("minPronouns", 3);
        boolean maleDominant = male.size() >= minPronouns && male.size() >= 2 * female.size();
        boolean femaleDominant = female.size() >= minPronouns && female.size() >= 2 * male.size();
        if (maleDominant && !female.isEmpty()) {
            addPronounFindings(findings, female, femaleSections, firstName, "he");
        } else if (femaleDominant && !male.isEmpty()) {
            addPronounFindings(findings, male, maleSections, firstName, "she");
        }
        return CheckOutcome.judged(code(), findings.isEmpty() ? 100 : 0, findings, 0,
                "The child's name and pronouns are used consistently.",
                "The plan may name another child or change the child's pronouns.");
    }

    private static void addPronounFindings(List<Finding> findings, List<ChildPronouns.Use> odd, List<SectionCode> where,
                                           String firstName, String usual) {
        for (int i = 0; i < odd.size(); i++) {
            ChildPronouns.Use use = odd.get(i);
            findings.add(Finding.of(where.get(i), new Evidence(use.start(), use.end(), use.text()), "Section "
                    + where.get(i).name() + " refers to " + firstName + " as '" + use.text() + "', but elsewhere the plan "
                    + "uses '" + usual + "'; check the text was not copied from another child's plan."));
        }
    }
}
