package org.ehcpqa.scoring;

import java.util.Locale;
import java.util.Optional;

/** The stable codes of the automatic checks, as used in frameworks and in assessment flags. */
public enum CheckCode {
    MISSING_SECTION,
    UNQUANTIFIED_PROVISION,
    VAGUE_PROVISION_WORDING,
    PROVISION_WITHOUT_PROVIDER,
    OUTCOME_NOT_TIME_BOUND,
    OUTCOME_NOT_MEASURABLE,
    NEED_WITHOUT_OUTCOME,
    NEED_WITHOUT_PROVISION,
    HEALTH_NEED_WITHOUT_HEALTH_PROVISION,
    SOCIAL_CARE_NEED_WITHOUT_PROVISION,
    THERAPY_IN_HEALTH_SECTION,
    OUTDATED_ADVICE,
    ADVICE_MISSING_DATES,
    MANDATORY_ADVICE_MISSING,
    THIRD_PERSON_VOICE,
    WRONG_NAME_OR_PRONOUN,
    JARGON,
    LOW_READABILITY,
    PFA_OUTCOMES_MISSING,
    PLACEMENT_MISSING,
    PERSONAL_BUDGET_STATEMENT_MISSING,
    MISSING_SIGNATURE_OR_DATE,
    STALE_PHASE_REFERENCE,
    COPIED_TEXT;

    /** The code as written in frameworks and the API: lower snake case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CheckCode> fromCode(String code) {
        for (CheckCode candidate : values()) {
            if (candidate.code().equals(code)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
