package org.ehcpqa.imports;

/**
 * A file written durably to the staging area, waiting to be ingested.
 *
 * @param fileName   the name the file came with (for people; never used as a path)
 * @param stagedName its name under {@code import/staging}
 */
record StagedFile(String fileName, String stagedName, String sha256, long sizeBytes) {
}
