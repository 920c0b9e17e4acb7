package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingLevel;

import java.util.Optional;

/**
 * The label a framework gives a rating level ("good" is "Good" in one framework, "Good practice" in another), for
 * the framework version an audit was made against; plain words from the id when that version is no longer loaded.
 */
@Singleton
class FrameworkLabels {

    private final FrameworkRegistry frameworks;

    FrameworkLabels(FrameworkRegistry frameworks) {
        this.frameworks = frameworks;
    }

    @Nullable
    String rating(String frameworkId, String frameworkVersion, @Nullable String levelId) {
        if (levelId == null) {
            return null;
        }
        return framework(frameworkId, frameworkVersion)
                .flatMap(framework -> framework.scale().level(levelId))
                .map(RatingLevel::label)
                .orElseGet(() -> ReportLabels.words(levelId));
    }

    private Optional<QaFramework> framework(String id, String version) {
        Optional<QaFramework> exact = frameworks.versions(id).stream()
                .filter(framework -> framework.version().equals(version)).findFirst();
        return exact.isPresent() ? exact : frameworks.find(id);
    }
}
