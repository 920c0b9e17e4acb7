package org.ehcpqa.report;

/**
 * What a column holds, so each export writes it the way its reader expects: a spreadsheet gets
 * real numbers and dates it can sort and sum, a page gets readable text.
 */
public enum ColumnType {
    /** Any text; in CSV and XLSX guarded against formula injection. */
    TEXT,
    /** Whole numbers (counts). */
    INTEGER,
    /** Numbers with a fractional part (scores). */
    DECIMAL,
    /** A fraction between 0 and 1, shown as a percentage ("62.5%"). */
    PERCENT,
    /** A {@link java.time.LocalDate}. */
    DATE
}
