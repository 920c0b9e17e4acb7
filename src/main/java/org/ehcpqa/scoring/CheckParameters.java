package org.ehcpqa.scoring;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters each check accepts and their types, so that a framework naming a parameter a
 * check would never read (a misspelling, or one meant for another check) is refused when the
 * framework is loaded instead of being silently ignored while plans are scored. Kept beside the
 * checks: a check that starts reading a new parameter must list it here.
 */
public final class CheckParameters {

    /** What a parameter's value must be. */
    public enum Kind {
        WHOLE_NUMBER("a whole number"),
        NUMBER("a number"),
        TEXT_LIST("text or a list of text"),
        SECTION_LIST("a section code or a list of section codes");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final Map<CheckCode, Map<String, Kind>> ACCEPTED = build();

    private CheckParameters() {
    }

    private static Map<CheckCode, Map<String, Kind>> build() {
        Map<CheckCode, Map<String, Kind>> accepted = new EnumMap<>(CheckCode.class);
        for (CheckCode code : CheckCode.values()) {
            accepted.put(code, new LinkedHashMap<>());
        }
        put(accepted, CheckCode.MISSING_SECTION, "required", Kind.SECTION_LIST);
        for (CheckCode code : List.of(CheckCode.UNQUANTIFIED_PROVISION, CheckCode.PROVISION_WITHOUT_PROVIDER)) {
            put(accepted, code, "sections", Kind.SECTION_LIST);
            put(accepted, code, "allowed", Kind.WHOLE_NUMBER);
            put(accepted, code, "minWords", Kind.WHOLE_NUMBER);
        }
        for (CheckCode code : List.of(CheckCode.VAGUE_PROVISION_WORDING, CheckCode.JARGON,
                CheckCode.STALE_PHASE_REFERENCE)) {
            put(accepted, code, "sections", Kind.SECTION_LIST);
            put(accepted, code, "allowed", Kind.WHOLE_NUMBER);
        }
        for (CheckCode code : List.of(CheckCode.OUTCOME_NOT_TIME_BOUND, CheckCode.OUTCOME_NOT_MEASURABLE,
                CheckCode.ADVICE_MISSING_DATES, CheckCode.THERAPY_IN_HEALTH_SECTION)) {
            put(accepted, code, "allowed", Kind.WHOLE_NUMBER);
        }
        for (CheckCode code : List.of(CheckCode.NEED_WITHOUT_OUTCOME, CheckCode.NEED_WITHOUT_PROVISION,
                CheckCode.HEALTH_NEED_WITHOUT_HEALTH_PROVISION, CheckCode.SOCIAL_CARE_NEED_WITHOUT_PROVISION)) {
            put(accepted, code, "allowed", Kind.WHOLE_NUMBER);
            put(accepted, code, "minLinkScore", Kind.WHOLE_NUMBER);
        }
        put(accepted, CheckCode.OUTDATED_ADVICE, "allowed", Kind.WHOLE_NUMBER);
        put(accepted, CheckCode.OUTDATED_ADVICE, "maxAgeMonths", Kind.WHOLE_NUMBER);
        put(accepted, CheckCode.OUTDATED_ADVICE, "maxAgeMonthsUnderFive", Kind.WHOLE_NUMBER);
        put(accepted, CheckCode.MANDATORY_ADVICE_MISSING, "required", Kind.TEXT_LIST);
        put(accepted, CheckCode.THIRD_PERSON_VOICE, "minFirstPersonSentences", Kind.WHOLE_NUMBER);
        put(accepted, CheckCode.THIRD_PERSON_VOICE, "minThirdPersonSentences", Kind.WHOLE_NUMBER);
        put(accepted, CheckCode.WRONG_NAME_OR_PRONOUN, "sections", Kind.SECTION_LIST);
        put(accepted, CheckCode.WRONG_NAME_OR_PRONOUN, "minPronouns", Kind.WHOLE_NUMBER);
        put(accepted, CheckCode.LOW_READABILITY, "sections", Kind.SECTION_LIST);
        put(accepted, CheckCode.LOW_READABILITY, "minWords", Kind.WHOLE_NUMBER);
        put(accepted, CheckCode.LOW_READABILITY, "maxAverageSentenceWords", Kind.NUMBER);
        put(accepted, CheckCode.LOW_READABILITY, "minFleschReadingEase", Kind.NUMBER);
        put(accepted, CheckCode.PFA_OUTCOMES_MISSING, "fromYear", Kind.WHOLE_NUMBER);
        put(accepted, CheckCode.PFA_OUTCOMES_MISSING, "domains", Kind.TEXT_LIST);
        put(accepted, CheckCode.MISSING_SIGNATURE_OR_DATE, "tailCharacters", Kind.WHOLE_NUMBER);
        Map<CheckCode, Map<String, Kind>> frozen = new EnumMap<>(CheckCode.class);
        accepted.forEach((code, params) -> frozen.put(code, java.util.Collections.unmodifiableMap(params)));
        return java.util.Collections.unmodifiableMap(frozen);
    }

    private static void put(Map<CheckCode, Map<String, Kind>> accepted, CheckCode code, String name, Kind kind) {
        accepted.get(code).put(name, kind);
    }

    /** The parameters the check reads, in a stable order; empty for a check that takes none. */
    public static Map<String, Kind> accepted(CheckCode code) {
        return ACCEPTED.get(code);
    }

    public static Optional<Kind> kind(CheckCode code, String name) {
        return Optional.ofNullable(ACCEPTED.get(code).get(name));
    }

    /** Whether a value read from YAML (Number, String, Boolean or a List of those) fits the kind. */
    public static boolean fits(Kind kind, Object value) {
        return switch (kind) {
            case WHOLE_NUMBER -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
            case NUMBER -> value instanceof Number;
            case TEXT_LIST -> value instanceof String
                    || value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case SECTION_LIST -> value instanceof String s ? isSection(s)
                    : value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String s && isSection(s));
        };
    }

    private static boolean isSection(String code) {
        return org.ehcpqa.plan.SectionCode.parse(code).isPresent();
    }
}
