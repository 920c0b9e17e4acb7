package org.ehcpqa.plan;

import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Assembles plan views from their rows. */
@Singleton
class PlanReader {

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanSectionRepository sections;

    PlanReader(PlanRepository plans, PlanVersionRepository versions, PlanSectionRepository sections) {
        this.plans = plans;
        this.versions = versions;
        this.sections = sections;
    }

    Optional<PlanView> findCurrent(long planId) {
        return plans.findById(planId)
                .filter(plan -> plan.currentVersionId() != null)
                .flatMap(plan -> versions.findById(plan.currentVersionId()).map(version -> view(plan, version)));
    }

    Optional<PlanView> findVersion(long versionId) {
        return versions.findById(versionId)
                .flatMap(version -> plans.findById(version.planId()).map(plan -> view(plan, version)));
    }

    Optional<PlanView> findBySha256(String sha256) {
        return versions.findBySha256(sha256)
                .flatMap(version -> plans.findById(version.planId()).map(plan -> view(plan, version)));
    }

    Optional<PlanVersionRow> findVersionRowBySha256(String sha256) {
        return versions.findBySha256(sha256);
    }

    long countPlans() {
        return plans.count();
    }

    List<Long> currentVersionIds() {
        return plans.findCurrentVersionIds();
    }

    List<VersionSummary> versions(long planId) {
        Long current = plans.findById(planId).map(PlanRow::currentVersionId).orElse(null);
        return versions.findByPlanIdOrderByVersionNumber(planId).stream()
                .map(v -> new VersionSummary(v.id(), v.versionNumber(), v.id().equals(current), v.fileName(),
                        v.sha256(), v.issueDate(), v.ingestedAt()))
                .toList();
    }

    private PlanView view(PlanRow plan, PlanVersionRow version) {
        List<PlanSection> sectionViews = sections.findByVersionIdOrderByPosition(version.id()).stream()
                .map(s -> new PlanSection(SectionCode.valueOf(s.code()), s.title(), s.text(), s.startPage()))
                .toList();
        PlanMetadata metadata = new PlanMetadata(version.childName(), version.dateOfBirth(), version.issueDate(),
                version.issueStatus() == null ? null : IssueStatus.valueOf(version.issueStatus()),
                version.primaryNeed(), version.setting(), version.ageAtIssue(), version.schoolYear());
        List<String> warnings = version.warnings().isEmpty() ? List.of()
                : Arrays.asList(version.warnings().split("\n"));
        return new PlanView(plan.id(), version.id(), version.versionNumber(), PlanStatus.valueOf(version.status()),
                version.fileName(), version.sha256(), version.mediaType(), version.pageCount(), metadata,
                sectionViews, warnings, plan.team(), plan.caseworker(), version.ingestedAt());
    }
}
