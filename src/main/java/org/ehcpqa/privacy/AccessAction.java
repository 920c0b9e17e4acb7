package org.ehcpqa.privacy;

/** What a user opened. */
public enum AccessAction {
    VIEWED_TEXT, DOWNLOADED_ORIGINAL
}
