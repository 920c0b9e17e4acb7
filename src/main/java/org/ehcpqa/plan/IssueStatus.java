package org.ehcpqa.plan;

/** The council's status of the plan document as written on it. */
public enum IssueStatus {
    DRAFT, FINAL, AMENDED, UNKNOWN
}
