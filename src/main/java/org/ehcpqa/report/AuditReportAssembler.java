package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.ehcpqa.audit.AuditReportView;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Maps the audit feature's report read model onto the audit report template's model. The caseworker's report names
 * the child (the caseworker works with the family), so the name and the version number come from the plan feature;
 * everything else comes from the read model as it stands, so the report says what the audit says.
 */
@Singleton
class AuditReportAssembler {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int MAX_EVIDENCE_PER_CRITERION = 3;

    private final PlanService plans;

    AuditReportAssembler(PlanService plans) {
        this.plans = plans;
    }

    AuditReport assemble(AuditReportView audit) {
        Optional<PlanView> plan = audit.planId() == null ? Optional.empty()
                : audit.versionId() == null ? plans.find(audit.planId())
                : plans.findVersion(audit.planId(), audit.versionId());
        AuditReport.PlanIdentification identification = new AuditReport.PlanIdentification(
                audit.planId() == null ? 0 : audit.planId(), audit.versionId() == null ? 0 : audit.versionId(),
                plan.map(PlanView::versionNumber).orElse(0), reference(audit),
                plan.map(p -> p.metadata().childName()).orElse(null), audit.issueDate(), audit.primaryNeed(),
                audit.phase(), audit.team(), audit.caseworker());
        List<AuditReport.SectionRating> sections = audit.sections().stream()
                .flatMap(section -> SectionCode.parse(section.code()).stream()
                        .map(code -> new AuditReport.SectionRating(code, section.title(), rating(section.rating()))))
                .toList();
        List<AuditReport.CriterionResult> criteria = audit.sections().stream()
                .flatMap(section -> SectionCode.parse(section.code()).stream()
                        .flatMap(code -> section.criteria().stream().map(criterion -> new AuditReport.CriterionResult(
                                criterion.id(), code, criterion.text(),
                                criterion.result() == null ? "Not judged" : ReportLabels.words(criterion.result()),
                                ReportLabels.words(criterion.suggestedResult()), criterion.comment(),
                                evidence(criterion.evidence())))))
                .toList();
        LocalDate finalisedOn = audit.finalisedAt() == null ? null : audit.finalisedAt().atZone(UK).toLocalDate();
        return new AuditReport(identification,
                new AuditReport.FrameworkIdentification(audit.frameworkId(), audit.frameworkTitle(),
                        audit.frameworkVersion()),
                ReportLabels.words(audit.status()), rating(audit.overall()), sections, criteria,
                findings(audit.strengths()), findings(audit.areasForDevelopment()),
                audit.actions().stream().map(AuditReportAssembler::action).toList(), audit.auditor(),
                audit.moderator(), audit.auditedOn(), null, finalisedOn);
    }

    static String reference(AuditReportView audit) {
        return audit.planId() == null ? "Audit " + audit.auditId() : "Plan " + audit.planId();
    }

    /**
     * The confirmed rating in the framework's words. The derived rating shows only when it differs, which is when
     * an override or a moderation agreement changed it; the rationale is the one that changed it.
     */
    private static AuditReport.Rating rating(AuditReportView.Rating rating) {
        boolean changed = rating.derivedRating() != null && rating.rating() != null
                && !rating.derivedRating().equals(rating.rating());
        return new AuditReport.Rating(rating.label() == null ? "Not rated" : rating.label(),
                changed ? rating.derivedLabel() : null, changed ? rating.rationale() : null, null);
    }

    /** The first few quotations: enough to show what the result rests on without the report running to pages. */
    private static List<String> evidence(List<String> quotes) {
        return quotes.stream().filter(quote -> quote != null && !quote.isBlank()).distinct()
                .limit(MAX_EVIDENCE_PER_CRITERION).toList();
    }

    private static List<AuditReport.Finding> findings(List<AuditReportView.Finding> findings) {
        return findings.stream().map(f -> new AuditReport.Finding(f.text(), section(f.section()), f.criterionId(),
                f.evidence() == null ? List.of() : List.of(f.evidence()))).toList();
    }

    private static AuditReport.Action action(AuditReportView.Finding finding) {
        String status = finding.actionStatus() == null ? "Open" : ReportLabels.words(finding.actionStatus());
        return new AuditReport.Action(finding.text(), finding.actionOwner() == null ? "Not assigned"
                : finding.actionOwner(), finding.actionDue(), status, section(finding.section()));
    }

    @Nullable
    private static SectionCode section(@Nullable String code) {
        return code == null ? null : SectionCode.parse(code).orElse(null);
    }
}
