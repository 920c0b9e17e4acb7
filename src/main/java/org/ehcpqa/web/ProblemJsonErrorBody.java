package org.ehcpqa.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every error the framework answers itself (unknown route, wrong method, bad JSON, validation,
 * unexpected exceptions) becomes a problem+json for API clients; {@link ErrorAnswers} decides what it says.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemJsonErrorBody implements JsonErrorResponseBodyProvider<Problem> {

    private final ErrorAnswers answers;

    ProblemJsonErrorBody(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        ErrorAnswers.Answer answer = answers.describe(context, response);
        return new Problem(Problem.typeFor(answer.slug()), answer.title(), answer.status(), answer.detail(),
                context.getRequest().getPath(), answer.errors().size() > 1 ? answer.errors() : List.of());
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
