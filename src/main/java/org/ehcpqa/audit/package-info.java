/**
 * Audits by QA officers: ratings, findings, moderation and the audit trail.
 *
 * <h2>Life of an audit</h2>
 * A QA officer opens an audit of one plan version against one framework version (the framework's hash is the
 * version's identity). It starts as DRAFT, pre-filled with the automatic suggestion for every criterion and its
 * evidence: the assessment stored for that plan version and framework version when there is one, else a fresh
 * scoring ({@link org.ehcpqa.scoring.AssessmentService}); NOT_ASSESSED criteria are left for the auditor. The
 * auditor records MET, PARTLY_MET, NOT_MET or NOT_APPLICABLE with a comment; section and overall ratings are derived
 * by the framework's rule ({@link org.ehcpqa.framework.RatingCalculator}, judgements scoring 100, 50 and 0) and may
 * be overridden with a required rationale. Findings (strengths, areas for development, actions with owner, due date
 * and OPEN/DONE status) link to a section, a criterion and quoted evidence, which must match the audited text.
 * DRAFT -> SUBMITTED -> MODERATED -> FINAL; an audit not taken into moderation may go from SUBMITTED to FINAL. A
 * FINAL audit never changes (409 /problems/audit-final). Every change before that is written to {@code audit_trail}
 * (who, when, field, old and new value) in the same transaction.
 *
 * <h2>Optimistic locking</h2>
 * Each change names the version it read (If-Match or a "version" field; answers carry an ETag). The first statement
 * of every write moves the audit row from that version to the next ({@code UPDATE ... WHERE lock_version = ?}), so
 * concurrent writers queue on the row and all but one get 409 /problems/edit-conflict: never a lost update.
 *
 * <h2>Moderation</h2>
 * A second QA officer (never the auditor) starts a moderation of a SUBMITTED audit and rates blind, from the same
 * automatic suggestions: until they submit, the audit, its trail and its report view answer them 403
 * /problems/blind-moderation, and nobody else sees their unfinished ratings. Because any QA officer may become the
 * moderator, blindness holds before moderation starts too: other QA officers see an audit's judgement only once it
 * is moderated or final, managers once it is submitted ({@link org.ehcpqa.audit.Visibility} says who sees what).
 * After the moderator submits, both sets are shown side by side ({@link org.ehcpqa.audit.ModerationView}); the
 * pair record an agreed rating with a rationale for every rating they differ on (ratings given alike are agreed as
 * they stand) and the audit becomes MODERATED.
 * {@code GET /api/audits/agreement} reports exact and adjacent agreement and linearly weighted Cohen's kappa
 * ({@link org.ehcpqa.audit.AgreementStatistics}) per section, per auditor pair and per month, and the agreement of
 * the automatic suggestion with the confirmed judgement per criterion.
 *
 * <h2>Historical import</h2>
 * {@code POST /api/audits/import} takes a CSV or XLSX file and a JSON {@link org.ehcpqa.audit.ImportMapping}. All or
 * nothing: a file with any bad row is refused (422 /problems/import-rejected) with one sentence per problem naming
 * the spreadsheet row; a clean file becomes FINAL audits of origin IMPORTED in one transaction.
 *
 * <h2>Read models for reports</h2>
 * <ul>
 *   <li>{@link org.ehcpqa.audit.AuditReportView} ({@code AuditService.reportView}, {@code GET
 *       /api/audits/{id}/report-view}): one audit for the caseworker's report: confirmed ratings with labels and
 *       rationales per section and overall, criteria with judgements and comments, findings grouped as strengths,
 *       areas for development and actions. No child's name.</li>
 *   <li>{@link org.ehcpqa.audit.AuditView}: the full audit as the API shows it; {@link org.ehcpqa.audit.TrailEntry}
 *       for the trail.</li>
 *   <li>{@link org.ehcpqa.audit.AgreementReport}: moderation statistics as tables.</li>
 * </ul>
 *
 * <h2>For other features</h2>
 * {@link org.ehcpqa.audit.AuditFinalised} is published inside the transaction that makes an audit final (or
 * imports one), carrying its confirmed ratings: the agreed rating after moderation, else the auditor's override,
 * else the derived rating. {@link org.ehcpqa.audit.AuditLookups} gives summaries, findings and the criteria most
 * often not met for a set of audits.
 */
package org.ehcpqa.audit;
