package org.ehcpqa.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is stable ({@code /problems/<slug>}); {@code detail} is a
 * sentence for a person and never holds a stack trace or plan text.
 *
 * @param errors field-level messages for invalid requests, empty otherwise
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail,
                      @Nullable String instance, @Nullable List<String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(typeFor(slug), title, status, detail, null, List.of());
    }

    public static String typeFor(String slug) {
        return "/problems/" + slug;
    }
}
