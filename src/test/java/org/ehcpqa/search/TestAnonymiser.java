package org.ehcpqa.search;

import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.privacy.AnonymisedPlan;
import org.ehcpqa.synthetic.PersonalDetails;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the anonymiser in search tests: it replaces the generator's known personal
 * details, longest first. Search only needs the contract (consistent placeholders per plan).
 */
final class TestAnonymiser {

    private TestAnonymiser() {
    }

    static AnonymisedPlan anonymise(PlanView plan, PersonalDetails personal) {
        List<String[]> replacements = new ArrayList<>();
        personal.childNames().forEach(name -> replacements.add(new String[] {name, "Child A"}));
        int other = 0;
        for (String name : personal.otherNames()) {
            replacements.add(new String[] {name, "Person " + (char) ('B' + other++ % 20)});
        }
        personal.schoolNames().forEach(name -> replacements.add(new String[] {name, "[school]"}));
        replacements.add(new String[] {personal.postcode(), "[postcode]"});
        replacements.add(new String[] {personal.email(), "[email]"});
        replacements.add(new String[] {personal.nhsNumber(), "[NHS number]"});
        replacements.add(new String[] {personal.upn(), "[UPN]"});
        replacements.sort(Comparator.comparingInt((String[] r) -> -r[0].length()));
        AnonymisedPlan.TextRewriter rewriter = text -> {
            String out = text;
            for (String[] r : replacements) {
                if (r[0] != null && !r[0].isBlank()) {
                    out = out.replace(r[0], r[1]);
                }
            }
            return out;
        };
        Map<SectionCode, String> sections = new EnumMap<>(SectionCode.class);
        for (PlanSection section : plan.sections()) {
            sections.putIfAbsent(section.code(), rewriter.rewrite(section.text()));
        }
        return new AnonymisedPlan(plan.id(), plan.versionId(), sections, rewriter);
    }
}
