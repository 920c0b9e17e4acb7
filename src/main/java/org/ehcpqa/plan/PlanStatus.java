package org.ehcpqa.plan;

/** Where a stored plan is in its life inside this service (not the council's draft/final status). */
public enum PlanStatus {
    /** Text extracted and sections found: ready to score, search and audit. */
    PROCESSED,
    /** Image-only document: kept byte for byte, but there is no text to work on until OCR. */
    NEEDS_OCR
}
