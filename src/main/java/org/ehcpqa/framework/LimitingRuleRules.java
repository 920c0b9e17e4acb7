package org.ehcpqa.framework;

import org.ehcpqa.plan.SectionCode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Limiting rules must name levels on the scale and sections or criteria that exist, and the two halves of the
 * limiting idea must meet: every rule watches something marked limiting, and everything marked limiting is watched.
 */
final class LimitingRuleRules {

    private final Violations violations;

    LimitingRuleRules(Violations violations) {
        this.violations = violations;
    }

    void check(Draft draft) {
        Map<String, LimitingRule> ids = new HashMap<>();
        Set<SectionCode> listed = draft.sections().stream().map(FrameworkSection::code).collect(Collectors.toSet());
        for (LimitingRule rule : draft.rules()) {
            LimitingRule first = ids.putIfAbsent(rule.id(), rule);
            if (first != null) {
                violations.add(draft.lineOf(rule), "Limiting rule id \"" + rule.id() + "\" is used twice (first on line "
                        + draft.lineOf(first) + ").");
            }
            checkLevel(draft, rule, rule.atOrWorseThan(), "at-or-worse-than");
            checkLevel(draft, rule, rule.capAt(), "cap-at");
            checkTrigger(draft, rule, listed);
            if (rule.appliesTo() != null && !listed.contains(rule.appliesTo()) && !draft.incomplete().sections()) {
                violations.add(draft.lineOf(rule), "Limiting rule \"" + rule.id() + "\" caps section "
                        + rule.appliesTo() + ", which is not listed under \"sections\".");
            }
        }
        if (!draft.incomplete().limiting()) {
            checkEveryLimitingCriterionIsWatched(draft);
        }
    }

    private void checkLevel(Draft draft, LimitingRule rule, String levelId, String key) {
        if (draft.scale() == null || draft.incomplete().scale()) {
            return;
        }
        List<String> known = draft.scale().levels().stream().map(RatingLevel::id).toList();
        if (!known.contains(levelId)) {
            String hint = Suggestions.closest(levelId, known).map(id -> "; did you mean \"" + id + "\"?")
                    .orElse("; the levels are " + String.join(", ", known) + ".");
            violations.add(draft.lineOf(levelId), "Limiting rule \"" + rule.id() + "\" names level \"" + levelId
                    + "\" in \"" + key + "\", but the scale has no such level" + hint);
        }
    }

    private void checkTrigger(Draft draft, LimitingRule rule, Set<SectionCode> listed) {
        int line = draft.lineOf(rule);
        if (rule.section() != null) {
            if (!listed.contains(rule.section())) {
                if (!draft.incomplete().sections()) {
                    violations.add(line, "Limiting rule \"" + rule.id() + "\" watches section " + rule.section()
                            + ", which is not listed under \"sections\".");
                }
            } else if (marksKnown(draft)
                    && draft.criteria().stream().noneMatch(c -> c.section() == rule.section() && c.limiting())) {
                violations.add(line, "Limiting rule \"" + rule.id() + "\" watches section " + rule.section()
                        + ", but no criterion in section " + rule.section() + " is marked \"limiting: true\".");
            }
            return;
        }
        Optional<Criterion> criterion = draft.criteria().stream()
                .filter(c -> c.id().equals(rule.criterion())).findFirst();
        if (criterion.isEmpty()) {
            violations.add(line, "Limiting rule \"" + rule.id() + "\" watches criterion \"" + rule.criterion()
                    + "\", which does not exist.");
        } else if (marksKnown(draft) && !criterion.get().limiting()) {
            violations.add(line, "Limiting rule \"" + rule.id() + "\" watches criterion \"" + rule.criterion()
                    + "\", which is not marked \"limiting: true\".");
        }
    }

    /** A "limiting" mark that could not be read is reported already; guessing it would add false violations. */
    private static boolean marksKnown(Draft draft) {
        return !draft.incomplete().limiting();
    }

    private void checkEveryLimitingCriterionIsWatched(Draft draft) {
        for (Criterion criterion : draft.criteria()) {
            boolean watched = draft.rules().stream().anyMatch(rule -> criterion.id().equals(rule.criterion())
                    || criterion.section() == rule.section());
            if (criterion.limiting() && !watched) {
                violations.add(draft.lineOf(criterion), "Criterion \"" + criterion.id() + "\" is marked limiting,"
                        + " but no limiting rule watches it or section " + criterion.section() + ".");
            }
        }
    }
}
