package org.ehcpqa.ingest;

/**
 * Why a file was not accepted. The slug is the last part of the problem type URI and is stable:
 * clients and councils' scripts match on it.
 */
public enum RefusalReason {
    EMPTY_FILE("empty-file", 422),
    ENCRYPTED("encrypted", 422),
    CORRUPT("corrupt", 422),
    UNSUPPORTED_TYPE("unsupported-type", 415),
    TOO_LARGE("too-large", 413),
    SUSPICIOUS_ARCHIVE("suspicious-archive", 422),
    NOT_AN_EHCP("not-an-ehcp", 422),
    MULTIPLE_PLANS("multiple-plans", 422);

    private final String slug;
    private final int httpStatus;

    RefusalReason(String slug, int httpStatus) {
        this.slug = slug;
        this.httpStatus = httpStatus;
    }

    public String slug() {
        return slug;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
