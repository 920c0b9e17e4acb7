package org.ehcpqa.ingest;

/**
 * A file that cannot be accepted. The message is a sentence a QA officer understands and must never
 * quote the document's content.
 */
public class IngestRefusedException extends RuntimeException {

    private final RefusalReason reason;

    public IngestRefusedException(RefusalReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public IngestRefusedException(RefusalReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RefusalReason reason() {
        return reason;
    }
}
