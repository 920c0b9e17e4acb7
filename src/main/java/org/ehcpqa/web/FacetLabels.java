package org.ehcpqa.web;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.search.SectionFields;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** What the search page calls each facet and its values: the index keeps codes, people read words. */
final class FacetLabels {

    private FacetLabels() {
    }

    static String legend(String field) {
        return switch (field) {
            case SectionFields.SECTION -> "Section";
            case SectionFields.NEED -> "Primary need";
            case SectionFields.PHASE -> "Phase";
            case SectionFields.RATING -> "Suggested rating";
            case SectionFields.AUDITED_RATING -> "Audited rating";
            case SectionFields.FLAG -> "Check flags";
            case SectionFields.STATUS -> "Plan status";
            case SectionFields.YEAR -> "Year issued";
            case SectionFields.SETTING -> "Setting type";
            default -> words(field);
        };
    }

    static String label(String field, String value, Map<String, String> ratingLevels) {
        return switch (field) {
            case SectionFields.SECTION -> value + ": " + sectionTitle(value);
            case SectionFields.RATING, SectionFields.AUDITED_RATING -> ratingLevels.getOrDefault(value, words(value));
            case SectionFields.NEED, SectionFields.YEAR -> value;
            default -> words(value);
        };
    }

    static String sectionTitle(String code) {
        return SectionCode.parse(code).map(SectionCode::statutoryTitle).orElse(code);
    }

    /** "post_16" reads "Post 16", "vague_provision" reads "Vague provision". */
    static String words(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Sections in statutory order and years newest first; other values most frequent first. */
    static Comparator<SearchPagesController.FacetOption> order(String field) {
        return switch (field) {
            case SectionFields.SECTION -> Comparator.comparingInt(
                    o -> SectionCode.parse(o.value()).map(Enum::ordinal).orElse(Integer.MAX_VALUE));
            case SectionFields.YEAR -> Comparator.comparing(SearchPagesController.FacetOption::value).reversed();
            default -> Comparator.comparingLong(SearchPagesController.FacetOption::count).reversed();
        };
    }
}
