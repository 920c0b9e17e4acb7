package org.ehcpqa.search;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.privacy.AnonymisedPlan;
import org.ehcpqa.privacy.PlanAnonymiser;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A test double of the anonymiser for the search integration tests, until the real one is in main:
 * it replaces the child's names from the metadata with "Child A". Secondary, so the real
 * anonymiser wins as soon as it exists.
 */
@Singleton
@Secondary
class NameReplacingAnonymiser implements PlanAnonymiser {

    @Override
    public AnonymisedPlan anonymise(PlanView plan) {
        String name = plan.metadata() == null ? null : plan.metadata().childName();
        AnonymisedPlan.TextRewriter rewriter = text -> {
            if (name == null || name.isBlank()) {
                return text;
            }
            String out = text.replace(name, "Child A");
            for (String part : name.trim().split("\\s+")) {
                out = out.replaceAll("\\b" + Pattern.quote(part) + "\\b", "Child A");
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
