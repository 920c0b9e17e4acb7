/**
 * Audits by QA officers: ratings, findings, moderation and the audit trail.
 */
package org.ehcpqa.audit;
