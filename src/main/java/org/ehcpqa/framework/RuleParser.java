package org.ehcpqa.framework;

import org.ehcpqa.plan.SectionCode;

import java.util.Optional;
import java.util.Set;

/** Reads one limiting rule; whether the levels, sections and criteria it names exist is checked later. */
final class RuleParser {

    static final Set<String> RULE_KEYS =
            Set.of("id", "section", "criterion", "at-or-worse-than", "cap-at", "applies-to", "explanation");
    static final String OVERALL = "overall";

    private final Violations violations;
    private final Draft.Lines lines;
    private final CriterionParser sectionCodes;

    RuleParser(Violations violations, Draft.Lines lines, CriterionParser sectionCodes) {
        this.violations = violations;
        this.lines = lines;
        this.sectionCodes = sectionCodes;
    }

    Optional<LimitingRule> rule(YamlMapping map) {
        Optional<String> id = map.text("id", true);
        id.ifPresent(value -> map.describedAs("in limiting rule \"" + value + "\""));
        map.rejectUnknownKeys(RULE_KEYS);
        Optional<SectionCode> section = map.text("section", false)
                .flatMap(code -> sectionCodes.sectionCode(map, "section", code));
        Optional<String> criterion = map.text("criterion", false);
        boolean triggerOk = map.has("section") != map.has("criterion");
        if (!triggerOk) {
            violations.add(map.line(), map.subject() + " must watch either a \"section\" or a \"criterion\", "
                    + (map.has("section") ? "not both." : "but names neither."));
        }
        Optional<String> atOrWorse = map.text("at-or-worse-than", true);
        Optional<String> capAt = map.text("cap-at", true);
        Optional<String> appliesTo = map.text("applies-to", false);
        Optional<SectionCode> target = appliesTo.filter(value -> !value.equals(OVERALL)).flatMap(code -> {
            Optional<SectionCode> parsed = SectionCode.parse(code);
            if (parsed.isEmpty()) {
                violations.add(map.lineOf("applies-to"), "\"applies-to\" " + map.context()
                        + " must be \"overall\" or a section code such as F, not \"" + code + "\".");
            }
            return parsed;
        });
        boolean targetOk = appliesTo.isEmpty() || appliesTo.get().equals(OVERALL) || target.isPresent();
        Optional<String> explanation = map.text("explanation", true);
        if (id.isEmpty() || !triggerOk || (section.isEmpty() && criterion.isEmpty()) || atOrWorse.isEmpty()
                || capAt.isEmpty() || !targetOk || explanation.isEmpty()) {
            return Optional.empty();
        }
        // The level ids are checked against the scale later; keep their own lines for those messages.
        String threshold = lines.at(atOrWorse.get(), map.lineOf("at-or-worse-than"));
        String cap = lines.at(capAt.get(), map.lineOf("cap-at"));
        return Optional.of(lines.at(new LimitingRule(id.get(), section.orElse(null), criterion.orElse(null),
                threshold, cap, target.orElse(null), explanation.get()), map.line()));
    }
}
