package org.ehcpqa.synthetic;

import java.util.List;

/**
 * A generated file that is not one plan: several plans in one file, or a document that is not an
 * EHCP at all (then {@code plans} is empty). Used by refusal tests.
 *
 * @param plans the truth of each plan in the file, in file order
 */
public record SyntheticDocument(String fileName, DocumentFormat format, byte[] content, List<PlanTruth> plans) {
}
