package org.ehcpqa.privacy;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Anonymises a plan from what the service stores: the metadata (the child's name, date of birth,
 * setting) and the people and settings the sections themselves name. The whole plan is read once
 * to build the replacements, so a name introduced in section A is replaced in section K too.
 * Stateless and thread-safe; runs at index time for every plan, so it is regular expressions and
 * one pass over the words, no model.
 */
@Singleton
public class RuleBasedPlanAnonymiser implements PlanAnonymiser {

    @Override
    public AnonymisedPlan anonymise(PlanView plan) {
        PlanTextRewriter rewriter = rewriterFor(plan.metadata(), plan);
        Map<SectionCode, String> sections = new EnumMap<>(SectionCode.class);
        for (PlanSection section : plan.sections()) {
            String text = rewriter.rewriteSection(section.text());
            // A plan may repeat a heading (H1 and H2 together); keep the first body, as PlanView does.
            sections.putIfAbsent(section.code(), text);
        }
        return new AnonymisedPlan(plan.id(), plan.versionId(), Collections.unmodifiableMap(sections), rewriter);
    }

    private static PlanTextRewriter rewriterFor(PlanMetadata metadata, PlanView plan) {
        StringBuilder all = new StringBuilder();
        for (PlanSection section : plan.sections()) {
            all.append(section.text()).append('\n');
        }
        String text = all.toString();
        String childName = metadata == null ? null : metadata.childName();
        return new PlanTextRewriter(new PlanPeople(childName, text),
                SchoolNames.forPlan(metadata == null ? null : metadata.setting(), text),
                metadata == null ? null : metadata.dateOfBirth());
    }
}
