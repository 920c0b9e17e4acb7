package org.ehcpqa.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import org.ehcpqa.security.CsrfTokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every page's layout needs, added to each view's model: the signed-in user (for the
 * navigation and role checks in templates), the CSRF token every form must carry, and the path
 * (to mark the current navigation item). Pages use Map models so this can be added.
 */
@Singleton
class PageModel implements ViewModelProcessor<Map<String, Object>> {

    static final String USER = "user";
    static final String CSRF = "csrf";
    static final String PATH = "path";
    static final String FIELD_ERRORS = "fieldErrors";

    private final CsrfTokens csrf;

    PageModel(CsrfTokens csrf) {
        this.csrf = csrf;
    }

    /** The first message per field, for the message beside each field; the list feeds the error summary. */
    static Map<String, String> fieldErrors(Object errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        if (errors instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof FieldError error) {
                    byField.putIfAbsent(error.field(), error.message());
                }
            }
        }
        return byField;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        modelAndView.getModel().ifPresent(model -> {
            CurrentUser.of(request).ifPresent(user -> model.putIfAbsent(USER, user));
            csrf.formToken(request).ifPresent(token -> model.put(CSRF, token));
            model.put(PATH, request.getPath());
            model.put("dates", Dates.INSTANCE);
            model.put(FIELD_ERRORS, fieldErrors(model.get("errors")));
        });
    }
}
