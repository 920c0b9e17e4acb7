package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one framework file: every violation found, and the framework only when there were none.
 *
 * @param file       the file name
 * @param hash       SHA-256 of the file bytes (lower-case hex); the framework's version hash when valid
 * @param violations all violations, in file order; empty when the file is valid
 * @param framework  the framework, present exactly when {@code violations} is empty
 *
 * <p>Not served as it is: an upload endpoint answers with the violations and a summary of the framework.
 */
public record ValidationReport(String file, String hash, List<FrameworkViolation> violations,
                               @Nullable QaFramework framework) {

    public ValidationReport {
        violations = List.copyOf(violations);
        if (violations.isEmpty() == (framework == null)) {
            throw new IllegalArgumentException("a report holds a framework exactly when it has no violations");
        }
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    public Optional<QaFramework> asFramework() {
        return Optional.ofNullable(framework);
    }
}
