package org.ehcpqa.framework;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.plan.SectionCode;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What the parser could read from a file, with where each part was, for the cross-field rules. Parts that failed to
 * parse are missing, and {@code incomplete} names what is missing so that the rules do not pile a misleading
 * "weights do not add up" on top of the real error.
 */
record Draft(@Nullable String id, @Nullable String version, @Nullable String title, @Nullable String description,
             List<FrameworkSource> sources, @Nullable RatingScale scale, List<FrameworkSection> sections,
             List<Criterion> criteria, List<LimitingRule> rules, List<String> lexicons,
             IdentityHashMap<Object, Integer> lines, Incomplete incomplete) {

    int lineOf(Object part) {
        Integer line = lines.get(part);
        return line == null ? 1 : line;
    }

    /**
     * @param scale               a level or band could not be read, so band coverage is not checked
     * @param sections            a section entry could not be read, so section weights are not summed
     * @param criteriaOfSections  sections with a criterion whose weight could not be read
     * @param criteriaSections    some criterion named no valid section, so empty sections are not reported
     * @param limiting            a limiting rule or a criterion's "limiting" mark could not be read, so rules and
     *                            marks are not cross-checked
     */
    record Incomplete(boolean scale, boolean sections, Set<SectionCode> criteriaOfSections,
                      boolean criteriaSections, boolean limiting) {
    }

    /** Line numbers collected while parsing, keyed by the identity of the parsed part. */
    static final class Lines {
        private final IdentityHashMap<Object, Integer> byPart = new IdentityHashMap<>();

        <T> T at(T part, int line) {
            byPart.put(part, line);
            return part;
        }

        IdentityHashMap<Object, Integer> asMap() {
            return byPart;
        }
    }
}
