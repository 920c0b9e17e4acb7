package org.ehcpqa.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders each page whole before the response starts. Micronaut Views renders a Thymeleaf page while
 * the response is being written, and a template that fails half-way then leaves the browser waiting
 * for a response that never ends (micronaut-views issue 832). Rendered first, a failure becomes the
 * service's ordinary 500 answer with a reference, and a page is at most a few hundred kilobytes.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class WholePageRenderer<T> extends ThymeleafViewsRenderer<T> {

    WholePageRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine templateEngine,
                      ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, templateEngine, resourceLoader, httpLocaleResolver);
    }

    @Override
    @NonNull
    public Writable render(@NonNull String viewName, @Nullable T data, @Nullable HttpRequest<?> request) {
        StringWriter page = new StringWriter(16 * 1024);
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException e) {
            throw new ViewRenderingException("Rendering view [" + viewName + "] failed", e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
