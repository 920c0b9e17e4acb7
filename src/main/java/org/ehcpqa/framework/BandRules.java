package org.ehcpqa.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.ehcpqa.framework.FrameworkRules.format;

/**
 * The scale's bands must tile 0 to 100 exactly, best level first: every score falls in one level, and the worse
 * level's band ends where the better one's begins.
 */
final class BandRules {

    private final Violations violations;

    BandRules(Violations violations) {
        this.violations = violations;
    }

    void check(RatingScale scale, Draft draft, boolean incomplete) {
        List<RatingLevel> levels = scale.levels();
        Map<String, RatingLevel> ids = new HashMap<>();
        for (RatingLevel level : levels) {
            RatingLevel first = ids.putIfAbsent(level.id(), level);
            if (first != null) {
                violations.add(draft.lineOf(level), "Rating level id \"" + level.id() + "\" is used twice (first on line "
                        + draft.lineOf(first) + ").");
            }
        }
        if (incomplete) {
            return;
        }
        if (levels.size() < 2) {
            violations.add(draft.lineOf(scale), "A scale needs at least two rating levels.");
            return;
        }
        boolean bandsWellFormed = levels.stream().allMatch(level -> wellFormed(level, draft));
        if (!bandsWellFormed) {
            return;
        }
        if (levels.getFirst().band().min() < levels.getLast().band().min()) {
            violations.add(draft.lineOf(scale), "Rating levels must be listed best first, but \""
                    + levels.getFirst().id() + "\" has a lower band than \"" + levels.getLast().id() + "\".");
            return;
        }
        checkTiling(levels, draft);
    }

    private boolean wellFormed(RatingLevel level, Draft draft) {
        ScoreBand band = level.band();
        if (band.min() < 0 || band.max() > 100 || band.min() >= band.max()) {
            violations.add(draft.lineOf(level), "The band of \"" + level.id() + "\" must be [min, max] with"
                    + " 0 <= min < max <= 100, not [" + format(band.min()) + ", " + format(band.max()) + "].");
            return false;
        }
        return true;
    }

    private void checkTiling(List<RatingLevel> levels, Draft draft) {
        RatingLevel best = levels.getFirst();
        if (best.band().max() != 100) {
            violations.add(draft.lineOf(best), "The best level \"" + best.id() + "\" must end at 100, not "
                    + format(best.band().max()) + ".");
        }
        for (int i = 1; i < levels.size(); i++) {
            RatingLevel better = levels.get(i - 1);
            RatingLevel worse = levels.get(i);
            double end = worse.band().max();
            double start = better.band().min();
            if (end > start) {
                violations.add(draft.lineOf(worse), "The bands of \"" + worse.id() + "\" and \"" + better.id()
                        + "\" overlap: \"" + worse.id() + "\" ends at " + format(end) + " but \"" + better.id()
                        + "\" starts at " + format(start) + ".");
            } else if (end < start) {
                violations.add(draft.lineOf(worse), "Scores from " + format(end) + " to " + format(start)
                        + " fall in no level: \"" + worse.id() + "\" ends at " + format(end) + " but \""
                        + better.id() + "\" starts at " + format(start) + ".");
            }
        }
        RatingLevel worst = levels.getLast();
        if (worst.band().min() != 0) {
            violations.add(draft.lineOf(worst), "The worst level \"" + worst.id() + "\" must start at 0, not "
                    + format(worst.band().min()) + ".");
        }
    }
}
