package org.ehcpqa.ingest;

/** Whether a document is one EHCP, something else, or several plans in one file. */
public enum PlanShape {
    EHCP, NOT_AN_EHCP, MULTIPLE_PLANS
}
