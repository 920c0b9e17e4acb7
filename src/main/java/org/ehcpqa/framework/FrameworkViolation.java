package org.ehcpqa.framework;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing wrong with a framework file, placed where an editor of the YAML would look for it.
 *
 * @param file    the file name as given to the loader (no directory, so logs never show server paths)
 * @param line    1-based line in the file; 1 when the problem concerns the file as a whole
 * @param message a plain sentence an administrator can act on
 */
@Serdeable
public record FrameworkViolation(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
