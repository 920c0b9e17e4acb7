package org.ehcpqa.web;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingLevel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The framework pages list ratings by, and what its rating levels are called. */
@Singleton
class RatingLabels {

    private final FrameworkRegistry frameworks;
    private final String defaultFramework;

    RatingLabels(FrameworkRegistry frameworks,
                 @Value("${ehcpqa.assessment.default-framework:statutory-baseline}") String defaultFramework) {
        this.frameworks = frameworks;
        this.defaultFramework = defaultFramework;
    }

    /** The configured default, or the first active framework, as assessments choose. */
    String frameworkId() {
        return framework().map(QaFramework::id).orElse(defaultFramework);
    }

    Optional<QaFramework> framework() {
        Optional<QaFramework> configured = frameworks.find(defaultFramework);
        if (configured.isPresent()) {
            return configured;
        }
        List<QaFramework> active = frameworks.active();
        return active.isEmpty() ? Optional.empty() : Optional.of(active.get(0));
    }

    /** Level id to label, best first. */
    Map<String, String> levels() {
        Map<String, String> levels = new LinkedHashMap<>();
        framework().ifPresent(f -> {
            for (RatingLevel level : f.scale().levels()) {
                levels.put(level.id(), level.label());
            }
        });
        return levels;
    }
}
