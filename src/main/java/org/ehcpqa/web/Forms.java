package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reading fields of an application/x-www-form-urlencoded body bound as a map. */
final class Forms {

    private Forms() {
    }

    /** The field's value, stripped; null when absent or blank. */
    @Nullable
    static String text(Map<String, Object> form, String field) {
        List<String> values = values(form, field);
        if (values.isEmpty()) {
            return null;
        }
        String value = values.get(0).strip();
        return value.isEmpty() ? null : value;
    }

    /** Every value of a field that may repeat (checkboxes). */
    static List<String> values(Map<String, Object> form, String field) {
        Object value = form == null ? null : form.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** A query value that narrows nothing when blank. */
    @Nullable
    static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
