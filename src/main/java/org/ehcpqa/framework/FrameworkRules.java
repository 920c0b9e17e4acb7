package org.ehcpqa.framework;

import org.ehcpqa.plan.SectionCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Second stage of validation: rules that span several parts of the file (unique ids, weights that add up, bands that
 * tile 0 to 100, limiting rules that name things which exist). Plain Java, because these are cross-field rules that
 * annotation constraints cannot say.
 */
final class FrameworkRules {

    static final double TOTAL_WEIGHT = 100.0;
    private static final double TOLERANCE = 1e-6;
    private static final Set<SectionCode> MAY_HAVE_NO_NEEDS =
            EnumSet.of(SectionCode.C, SectionCode.D, SectionCode.G, SectionCode.H1, SectionCode.H2);

    private final Violations violations;

    FrameworkRules(Violations violations) {
        this.violations = violations;
    }

    void check(Draft draft) {
        if (draft.id() != null && !draft.id().matches("[a-z0-9][a-z0-9-]*")) {
            violations.add(1, "The framework id \"" + draft.id()
                    + "\" must be lower-case letters, digits and hyphens, as it appears in URLs.");
        }
        if (draft.scale() != null) {
            new BandRules(violations).check(draft.scale(), draft, draft.incomplete().scale());
        }
        checkSections(draft);
        checkCriteria(draft);
        new LimitingRuleRules(violations).check(draft);
        checkLexicons(draft);
    }

    private void checkSections(Draft draft) {
        Map<SectionCode, FrameworkSection> seen = new HashMap<>();
        for (FrameworkSection section : draft.sections()) {
            int line = draft.lineOf(section);
            FrameworkSection first = seen.putIfAbsent(section.code(), section);
            if (first != null) {
                violations.add(line, "Section " + section.code() + " is listed twice (first on line "
                        + draft.lineOf(first) + ").");
            }
            if (section.weight() <= 0) {
                violations.add(line, "Section " + section.code() + " has weight " + format(section.weight())
                        + "; weights must be above 0.");
            }
            if (section.noNeedsStatementAccepted() && !MAY_HAVE_NO_NEEDS.contains(section.code())) {
                violations.add(line, "Section " + section.code() + " cannot accept a \"no needs\" statement; only"
                        + " C, D, G, H1 and H2 may say there is nothing to record.");
            }
        }
        double total = draft.sections().stream().mapToDouble(FrameworkSection::weight).sum();
        if (!draft.incomplete().sections() && !draft.sections().isEmpty() && !isTotal(total)) {
            violations.add(draft.lineOf(draft.sections().getFirst()), "The section weights add up to "
                    + format(total) + ", not " + format(TOTAL_WEIGHT) + ".");
        }
    }

    private void checkCriteria(Draft draft) {
        Map<String, Criterion> byId = new HashMap<>();
        Map<SectionCode, List<Criterion>> bySection = new LinkedHashMap<>();
        Set<SectionCode> listed = draft.sections().stream().map(FrameworkSection::code).collect(Collectors.toSet());
        for (Criterion criterion : draft.criteria()) {
            int line = draft.lineOf(criterion);
            Criterion first = byId.putIfAbsent(criterion.id(), criterion);
            if (first != null && !criterion.id().isEmpty()) {
                violations.add(line, "Criterion id \"" + criterion.id() + "\" is used twice (first on line "
                        + draft.lineOf(first) + ").");
            }
            if (criterion.weight() <= 0) {
                violations.add(line, "Criterion \"" + criterion.id() + "\" has weight " + format(criterion.weight())
                        + "; weights must be above 0.");
            }
            if (!listed.contains(criterion.section()) && !draft.incomplete().sections()) {
                violations.add(line, "Criterion \"" + criterion.id() + "\" belongs to section " + criterion.section()
                        + ", which is not listed under \"sections\".");
            }
            bySection.computeIfAbsent(criterion.section(), code -> new ArrayList<>()).add(criterion);
        }
        bySection.forEach((code, criteria) -> {
            double total = criteria.stream().mapToDouble(Criterion::weight).sum();
            if (!isTotal(total) && !draft.incomplete().criteriaOfSections().contains(code)) {
                violations.add(draft.lineOf(criteria.getFirst()), "The weights of the criteria in section " + code
                        + " add up to " + format(total) + ", not " + format(TOTAL_WEIGHT) + ".");
            }
        });
        if (!draft.incomplete().criteriaSections()) {
            for (FrameworkSection section : draft.sections()) {
                if (!bySection.containsKey(section.code())) {
                    violations.add(draft.lineOf(section), "Section " + section.code()
                            + " has no criteria, so it could never be rated.");
                }
            }
        }
    }

    private void checkLexicons(Draft draft) {
        Set<String> seen = new HashSet<>();
        for (String name : draft.lexicons()) {
            if (!seen.add(name)) {
                violations.add(draft.lineOf(name), "Lexicon \"" + name + "\" is listed twice.");
            }
        }
    }

    static boolean isTotal(double total) {
        return Math.abs(total - TOTAL_WEIGHT) < TOLERANCE;
    }

    /** Weights and bounds as authors wrote them: 40 rather than 40.0, 12.5 as it is. */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
