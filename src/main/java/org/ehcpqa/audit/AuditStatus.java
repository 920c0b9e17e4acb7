package org.ehcpqa.audit;

/** The life of an audit. A FINAL audit never changes again. */
public enum AuditStatus {
    DRAFT, SUBMITTED, MODERATED, FINAL
}
