package org.ehcpqa.plan;

/** An original that cannot be served as it was accepted: missing, or altered on disk. */
public class OriginalUnavailableException extends RuntimeException {

    public OriginalUnavailableException(String sha256, String what, Throwable cause) {
        super("Original " + sha256 + " " + what, cause);
    }
}
