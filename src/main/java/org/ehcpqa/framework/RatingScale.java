package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * An ordered rating scale. Levels are held best first, as auditors read Ofsted-style scales, so a higher index
 * means a worse level; "at or worse than" in limiting rules is an index comparison.
 */
public record RatingScale(@Nullable String name, List<RatingLevel> levels) {

    public RatingScale {
        levels = List.copyOf(levels);
    }

    public Optional<RatingLevel> level(String id) {
        return levels.stream().filter(level -> level.id().equals(id)).findFirst();
    }

    /** The level whose band holds the score; the validator guarantees bands cover 0 to 100 without gaps. */
    public RatingLevel levelFor(double score) {
        if (score < 0 || score > 100 || Double.isNaN(score)) {
            throw new IllegalArgumentException("a score must be between 0 and 100, not " + score);
        }
        return levels.stream().filter(level -> level.band().contains(score)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no rating level holds " + score));
    }

    /** Position from the best level (0); a larger rank is a worse rating. */
    public int rank(RatingLevel level) {
        int index = levels.indexOf(level);
        if (index < 0) {
            throw new IllegalArgumentException("level " + level.id() + " is not on this scale");
        }
        return index;
    }

    public boolean atOrWorseThan(RatingLevel level, RatingLevel threshold) {
        return rank(level) >= rank(threshold);
    }

    public RatingLevel worse(RatingLevel a, RatingLevel b) {
        return rank(a) >= rank(b) ? a : b;
    }
}
