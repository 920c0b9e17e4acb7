package org.ehcpqa.web;

/**
 * A page asked for something that does not exist. Thrown rather than returned as a 404 response: a
 * form post whose controller answers 404 itself is handed on to the global 404 status route, and that
 * answer then sometimes never ended (a test client ran out of memory reading it, 3 times in 4;
 * kestra-io/kestra pull request 4822 met a hanging 404 to a POST too). An exception goes to its own
 * error route in {@link UnknownAddressHandler} instead.
 */
final class PageNotFound extends RuntimeException {

    PageNotFound(String detail) {
        super(detail, null, false, false);
    }
}
