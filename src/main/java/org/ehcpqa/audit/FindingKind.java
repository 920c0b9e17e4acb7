package org.ehcpqa.audit;

public enum FindingKind {
    STRENGTH, AREA_FOR_DEVELOPMENT, ACTION
}
