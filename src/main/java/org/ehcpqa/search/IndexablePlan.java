package org.ehcpqa.search;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.privacy.AnonymisedPlan;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the index holds about one plan version: its text, the anonymised text, and what its
 * latest assessment and audit say per section.
 *
 * @param ratings      the latest suggested rating per section (level id, e.g. "good")
 * @param audited      the audited rating per section; empty until audits exist
 * @param flags        check codes flagged per section
 * @param planFlags    check codes flagged about the plan as a whole (shown on every section)
 */
public record IndexablePlan(PlanView plan, @Nullable AnonymisedPlan anonymised, Map<SectionCode, String> ratings,
                     Map<SectionCode, String> audited, Map<SectionCode, Set<String>> flags, Set<String> planFlags) {

    public static IndexablePlan withoutAssessment(PlanView plan, @Nullable AnonymisedPlan anonymised) {
        return new IndexablePlan(plan, anonymised, Map.of(), Map.of(), Map.of(), Set.of());
    }

    List<String> flagsOf(SectionCode code) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(planFlags);
        all.addAll(flags.getOrDefault(code, Set.of()));
        return List.copyOf(all);
    }
}
