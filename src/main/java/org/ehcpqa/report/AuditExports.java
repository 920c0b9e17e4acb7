package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.ehcpqa.audit.AuditReportView;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Audits and their findings as export tables, one row per audit and one per finding. Ratings are the confirmed
 * ones (agreed at moderation, else the auditor's), in the framework's words, as on the audit report.
 */
@Singleton
class AuditExports {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    Table audits(List<AuditReportView> audits) {
        Table.Builder table = Table.builder("Audits", Column.integer("Audit"), Column.integer("Plan"),
                Column.integer("Plan version"), Column.text("Framework"), Column.text("Framework version"),
                Column.text("Auditor"), Column.text("Moderator"), Column.text("Status"), Column.date("Audited on"),
                Column.date("Final on"), Column.text("Overall rating"), Column.text("Team"),
                Column.text("Caseworker"));
        for (AuditReportView audit : audits) {
            table.row(audit.auditId(), audit.planId(), audit.versionId(), audit.frameworkId(),
                    audit.frameworkVersion(), audit.auditor(), audit.moderator(), ReportLabels.words(audit.status()),
                    audit.auditedOn(), day(audit), overall(audit), audit.team(), audit.caseworker());
        }
        return table.build();
    }

    Table findings(List<AuditReportView> audits) {
        Table.Builder table = Table.builder("Findings", Column.integer("Audit"), Column.integer("Plan"),
                Column.text("Section"), Column.text("Criterion"), Column.text("Type"), Column.text("Finding"),
                Column.text("Evidence"), Column.text("Owner"), Column.date("Due"), Column.text("Action status"),
                Column.text("Audit status"), Column.text("Team"));
        for (AuditReportView audit : audits) {
            for (List<AuditReportView.Finding> kind : List.of(audit.strengths(), audit.areasForDevelopment(),
                    audit.actions())) {
                for (AuditReportView.Finding finding : kind) {
                    table.row(audit.auditId(), audit.planId(), finding.section(), finding.criterionId(),
                            ReportLabels.words(finding.kind()), finding.text(), finding.evidence(),
                            finding.actionOwner(), finding.actionDue(), ReportLabels.words(finding.actionStatus()),
                            ReportLabels.words(audit.status()), audit.team());
                }
            }
        }
        return table.build();
    }

    @Nullable
    private static String overall(AuditReportView audit) {
        return audit.overall().label();
    }

    @Nullable
    private static LocalDate day(AuditReportView audit) {
        return audit.finalisedAt() == null ? null : audit.finalisedAt().atZone(UK).toLocalDate();
    }
}
