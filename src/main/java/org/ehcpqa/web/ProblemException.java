package org.ehcpqa.web;

/**
 * A request that cannot be served, with the answer the client gets. Features throw it for
 * expected failures (not found, conflict); the message must be safe to show to the user.
 */
public class ProblemException extends RuntimeException {

    private final String slug;
    private final String title;
    private final int status;

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " was not found.");
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail);
    }

    public Problem toProblem() {
        return Problem.of(slug, title, status, getMessage());
    }
}
