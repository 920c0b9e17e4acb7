package org.ehcpqa.audit;

/** Who gave a set of ratings: the first auditor or the blind second rater. */
public enum Rater {
    AUDITOR, MODERATOR
}
