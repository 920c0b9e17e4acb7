package org.ehcpqa.audit;

import org.ehcpqa.web.ProblemException;

/** The problems the audit API answers with, each a plain sentence. */
final class AuditProblems {

    private AuditProblems() {
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("Audit " + id);
    }

    static ProblemException versionRequired(long id) {
        return new ProblemException(428, "version-required", "Version required", "Say which version of audit " + id
                + " your change is based on, in an If-Match header or a \"version\" field, so that no one's change"
                + " is lost.");
    }

    static ProblemException editConflict(long id, int yours, int current) {
        return new ProblemException(409, "edit-conflict", "Edit conflict", "Audit " + id + " was changed by someone"
                + " else after you read it (you had version " + yours + ", it is now at version " + current
                + "). Reload the audit and make your change again.");
    }

    static ProblemException finalAudit(long id) {
        return new ProblemException(409, "audit-final", "Audit is final", "Audit " + id + " is final and can no"
                + " longer be changed; open a new audit of the plan to record a different judgement.");
    }

    static ProblemException wrongStatus(long id, AuditStatus status, String what) {
        return new ProblemException(409, "wrong-status", "Wrong status", "Audit " + id + " is " + status
                + ", so " + what + ".");
    }

    static ProblemException invalid(String slug, String detail) {
        return new ProblemException(422, slug, "Invalid request", detail);
    }

    static ProblemException blind(long id) {
        return new ProblemException(403, "blind-moderation", "Moderation is blind", "You are moderating audit " + id
                + " blind: the first auditor's ratings are shown once you submit yours (POST /api/audits/" + id
                + "/moderation/submit).");
    }

    static ProblemException notVisible(long id, AuditStatus status) {
        return new ProblemException(403, "audit-not-visible", "Audit not visible yet", "Audit " + id + " is "
                + status + ": until it is moderated, its ratings are seen only by its auditor, so that any QA officer"
                + " can still moderate it blind.");
    }

    static ProblemException forbidden(String slug, String detail) {
        return new ProblemException(403, slug, "Forbidden", detail);
    }
}
