package org.ehcpqa.audit;

/**
 * Who may see the first auditor's judgement (criterion results and comments, the derived and overridden section and
 * overall ratings, and findings). Moderation is only worth something if the second rater has not seen the first
 * ratings, and any QA officer may become the moderator of a submitted audit, so blindness has to hold for every
 * QA officer from the moment an audit is opened, not only once a moderation has started.
 *
 * <ul>
 *   <li>The moderator, while their moderation is open: never (403 /problems/blind-moderation), administrators
 *       included; after they submit their own ratings both sets are shown side by side.</li>
 *   <li>The auditor the audit is assigned to: always.</li>
 *   <li>Administrators: always (they may moderate too; an administrator who looks first should leave the moderation
 *       to someone else).</li>
 *   <li>Managers who are not also QA officers: once the audit is submitted. They never rate, so they cannot break
 *       a moderation; a draft is unfinished work and stays with its auditor.</li>
 *   <li>Everyone else (other QA officers): once the audit is moderated or final. Before that they see what the
 *       audit is about (plan, framework, status, people, the automatic suggestions) but no judgement: the API's
 *       {@code GET /api/audits/{id}} answers with {@code firstRatingsHidden} true and those fields empty, and the
 *       trail and the report (which quote the judgement) answer 403 /problems/audit-not-visible.</li>
 * </ul>
 * Lists ({@link AuditSummary}) carry no ratings, so they are shown to all.
 */
final class Visibility {

    private Visibility() {
    }

    /** The caller is the moderator still rating blind. */
    static boolean ratingBlind(AuditRow audit, Caller caller) {
        return audit.moderationOpen() && caller.name().equals(audit.moderator());
    }

    static boolean seesFirstRatings(AuditRow audit, Caller caller) {
        if (ratingBlind(audit, caller)) {
            return false;
        }
        if (caller.admin() || caller.name().equals(audit.auditor())) {
            return true;
        }
        if (caller.name().equals(audit.moderator()) && audit.moderationSubmitted()) {
            return true;
        }
        return switch (audit.status()) {
            case DRAFT -> false;
            case SUBMITTED -> caller.manager();
            case MODERATED, FINAL -> true;
        };
    }
}
