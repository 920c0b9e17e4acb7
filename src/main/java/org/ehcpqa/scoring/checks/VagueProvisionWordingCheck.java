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
import org.ehcpqa.scoring.checks.JudgedItems.SectionItem;
import org.ehcpqa.scoring.lexicon.Lexicon;
import org.ehcpqa.scoring.lexicon.LexiconMatch;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.text.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that leave provision optional or undefined ("access to", "where possible", "should").
 * "Regular" and "support with" are let pass when the item states the amount anyway, and "small
 * group" when the group size is given: there the words are harmless and reporting them would only
 * cost the auditor time; so is "key adult" when the role follows in brackets. Params: {@code sections} (default [F]), {@code allowed} (default 0).
 */
@Singleton
public class VagueProvisionWordingCheck implements Check {

    private static final Pattern BRACKETS = Pattern.compile("\\s*\\(([^()]{1,100})\\)");

    @Override
    public CheckCode code() {
        return CheckCode.VAGUE_PROVISION_WORDING;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        List<SectionItem> items = JudgedItems.of(plan, params.sections("sections", List.of(SectionCode.F)), 1);
        if (items.isEmpty()) {
            return CheckOutcome.notApplicable(code(), "There is no provision to judge.");
        }
        Lexicon vague = lexicons.vagueWording();
        Lexicon time = lexicons.timeExpressions();
        Lexicon roles = lexicons.roles();
        List<Finding> findings = new ArrayList<>();
        for (SectionItem entry : items) {
            Item item = entry.item();
            boolean quantified = UnquantifiedProvisionCheck.isQuantified(time, item.textWithContext());
            boolean grouped = time.containsAny(item.text(), "group");
            List<LexiconMatch> hits = new ArrayList<>();
            for (LexiconMatch match : vague.findAll(item.text())) {
                if ((quantified && match.entry().hasTag("unless-quantified"))
                        || (grouped && match.entry().hasTag("unless-grouped"))
                        || (match.entry().hasTag("unless-role-named") && roleInBrackets(item.text(), match.end(), roles))) {
                    continue;
                }
                hits.add(match);
            }
            if (!hits.isEmpty()) {
                findings.add(finding(entry.section(), item, hits));
            }
        }
        return CheckOutcome.judged(code(), CheckOutcome.share(items.size() - findings.size(), items.size()), findings,
                params.intValue("allowed", 0), "No vague wording was found in the provision.",
                findings.size() + " provision items use vague wording.");
    }

    /** "Key adult (teaching assistant trained in emotion coaching)": the brackets name the role. */
    private static boolean roleInBrackets(String text, int after, Lexicon roles) {
        Matcher brackets = BRACKETS.matcher(text).region(after, text.length());
        return brackets.lookingAt() && roles.containsAny(brackets.group(1));
    }

    private static Finding finding(SectionCode section, Item item, List<LexiconMatch> hits) {
        List<Evidence> evidence = new ArrayList<>();
        StringBuilder why = new StringBuilder();
        for (LexiconMatch hit : hits) {
            evidence.add(new Evidence(item.start() + hit.start(), item.start() + hit.end(), hit.text()));
            if (hit == hits.getFirst() || !why.toString().contains("'" + hit.entry().label() + "'")) {
                why.append(" '").append(hit.entry().label()).append("'");
                if (hit.entry().note() != null) {
                    why.append(' ').append(hit.entry().note());
                }
                if (hit.entry().alternative() != null) {
                    why.append(" (instead: ").append(hit.entry().alternative()).append(')');
                }
                why.append('.');
            }
        }
        return new Finding(section, evidence, JudgedItems.where(section, item) + " says '" + item.quote() + "'."
                + why);
    }
}
