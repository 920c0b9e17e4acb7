package org.ehcpqa.search;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.privacy.AnonymisedPlan;
import org.ehcpqa.privacy.PlanAnonymiser;
import org.ehcpqa.scoring.assessment.AssessmentResponse;
import org.ehcpqa.scoring.assessment.StoredAssessments;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers what the index holds about a plan version: the anonymised text, the latest suggested
 * rating per section (from the default framework's assessment, which every council shares, or the
 * latest assessment when there is none), the flags of every framework, and audited ratings.
 */
@Singleton
class IndexablePlans {

    private final Optional<PlanAnonymiser> anonymiser;
    private final StoredAssessments assessments;
    private final Optional<AuditedRatings> audited;
    private final String defaultFramework;

    IndexablePlans(Optional<PlanAnonymiser> anonymiser, StoredAssessments assessments,
                   Optional<AuditedRatings> audited,
                   @Value("${ehcpqa.assessment.default-framework:statutory-baseline}") String defaultFramework) {
        this.anonymiser = anonymiser;
        this.assessments = assessments;
        this.audited = audited;
        this.defaultFramework = defaultFramework;
    }

    /** True when an anonymiser exists: without one, trainers can find nothing (never raw text). */
    boolean anonymises() {
        return anonymiser.isPresent();
    }

    IndexablePlan of(PlanView plan) {
        AnonymisedPlan anonymised = anonymiser.map(a -> a.anonymise(plan)).orElse(null);
        return of(plan, anonymised, assessments.forVersion(plan.versionId()),
                audited.map(a -> a.forVersion(plan.versionId())).orElse(Map.of()), defaultFramework);
    }

    static IndexablePlan of(PlanView plan, @Nullable AnonymisedPlan anonymised, List<AssessmentResponse> stored,
                            Map<SectionCode, String> auditedRatings, String preferredFramework) {
        // The latest assessment of each framework: older framework versions no longer speak for the plan.
        Map<String, AssessmentResponse> latest = new java.util.LinkedHashMap<>();
        stored.forEach(a -> latest.putIfAbsent(a.framework().id(), a));
        Map<SectionCode, String> ratings = new EnumMap<>(SectionCode.class);
        Map<SectionCode, Set<String>> flags = new EnumMap<>(SectionCode.class);
        Set<String> planFlags = new TreeSet<>();
        AssessmentResponse rated = latest.getOrDefault(preferredFramework, stored.isEmpty() ? null : stored.get(0));
        if (rated != null) {
            for (AssessmentResponse.SectionScore section : rated.sections()) {
                SectionCode.parse(section.code()).ifPresent(code -> {
                    if (section.rating() != null) {
                        ratings.put(code, section.rating());
                    }
                });
            }
        }
        for (AssessmentResponse assessment : latest.values()) {
            for (AssessmentResponse.FlagView flag : assessment.flags()) {
                Optional<SectionCode> code = SectionCode.parse(flag.section());
                if (code.isPresent()) {
                    flags.computeIfAbsent(code.get(), c -> new TreeSet<>()).add(flag.check());
                } else {
                    planFlags.add(flag.check());
                }
            }
        }
        return new IndexablePlan(plan, anonymised, ratings, auditedRatings, flags, planFlags);
    }
}
