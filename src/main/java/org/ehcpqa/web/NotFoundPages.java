package org.ehcpqa.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;

import java.util.HashMap;
import java.util.Map;

/** The page for something that does not exist. */
final class NotFoundPages {

    private NotFoundPages() {
    }

    static MutableHttpResponse<ModelAndView<Map<String, Object>>> response(String detail) {
        Map<String, Object> model = new HashMap<>();
        model.put("detail", detail);
        return HttpResponse.notFound(new ModelAndView<>("not-found", model));
    }
}
