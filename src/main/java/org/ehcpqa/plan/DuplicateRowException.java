package org.ehcpqa.plan;

/** Another transaction stored the same row first (same digest, or same child's next version). */
class DuplicateRowException extends RuntimeException {

    DuplicateRowException(Throwable cause) {
        super("A concurrent write stored the same row first", cause);
    }
}
