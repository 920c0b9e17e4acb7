package org.ehcpqa.web;

import jakarta.inject.Singleton;
import org.ehcpqa.audit.AuditService;
import org.ehcpqa.audit.AuditStatus;
import org.ehcpqa.audit.AuditSummary;

import java.util.ArrayList;
import java.util.List;

/** One QA officer's audits as the audit list and the home page show them. */
@Singleton
class AuditWorkloads {

    private final AuditService audits;

    AuditWorkloads(AuditService audits) {
        this.audits = audits;
    }

    /**
     * @param drafts     audits of theirs still being rated
     * @param waiting    audits of theirs submitted and waiting for a moderator
     * @param toModerate other officers' submitted audits that are unclaimed or that they moderate
     * @param recent     audits of theirs moderated or final
     */
    record Workload(List<AuditSummary> drafts, List<AuditSummary> waiting, List<AuditSummary> toModerate,
                    List<AuditSummary> recent) {
    }

    Workload of(String auditor) {
        List<AuditSummary> submitted = audits.list(AuditStatus.SUBMITTED, null, null, 200);
        List<AuditSummary> recent = new ArrayList<>(audits.list(AuditStatus.MODERATED, auditor, null, 20));
        recent.addAll(audits.list(AuditStatus.FINAL, auditor, null, 20));
        return new Workload(audits.list(AuditStatus.DRAFT, auditor, null, 100),
                submitted.stream().filter(a -> a.auditor().equals(auditor)).toList(),
                submitted.stream().filter(a -> !a.auditor().equals(auditor)
                        && (a.moderator() == null || a.moderator().equals(auditor))).toList(),
                recent);
    }
}
