package org.ehcpqa.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** Turns a problem into the response that carries it. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static MutableHttpResponse<Problem> of(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(problem);
    }
}
