package org.ehcpqa.trend;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingLevel;
import org.ehcpqa.framework.RatingScale;

import java.util.List;

/**
 * Which level counts as "good" for a framework: {@code ehcpqa.trend.good-level.<framework id>} names it; without
 * that, a level with id "good", else the lowest level of the better half of the scale (the second of four). The
 * share "good or better" counts that level and every level above it.
 */
@Singleton
class GoodLevels {

    private final Environment environment;

    GoodLevels(Environment environment) {
        this.environment = environment;
    }

    RatingLevel of(QaFramework framework) {
        RatingScale scale = framework.scale();
        return environment.getProperty("ehcpqa.trend.good-level." + framework.id(), String.class)
                .flatMap(scale::level)
                .or(() -> scale.level("good"))
                .orElseGet(() -> {
                    List<RatingLevel> levels = scale.levels();
                    return levels.get(Math.max(0, levels.size() / 2 - 1));
                });
    }
}
