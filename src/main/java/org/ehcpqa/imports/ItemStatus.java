package org.ehcpqa.imports;

/**
 * Where one import file stands. PROCESSED: stored as a plan version by this import. DUPLICATE: the
 * same bytes were already stored (before this import, or by an earlier file). REJECTED: refused.
 */
public enum ItemStatus {
    PENDING, PROCESSED, DUPLICATE, REJECTED
}
