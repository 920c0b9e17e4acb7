package org.ehcpqa.scoring;

/** The verdict of one check on one plan. */
public enum CheckResult {
    PASS, FAIL, NOT_APPLICABLE
}
