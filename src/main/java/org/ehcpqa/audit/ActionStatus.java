package org.ehcpqa.audit;

public enum ActionStatus {
    OPEN, DONE
}
