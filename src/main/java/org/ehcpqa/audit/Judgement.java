package org.ehcpqa.audit;

import org.ehcpqa.framework.CriterionScore;

/**
 * An auditor's judgement of one criterion. The score it stands for feeds the framework's rating rule the same way
 * the automatic checks' scores do: met is full marks, partly met half, not met none, and not applicable leaves the
 * criterion out of the weights.
 */
public enum Judgement {
    MET(100), PARTLY_MET(50), NOT_MET(0), NOT_APPLICABLE(-1);

    private final int score;

    Judgement(int score) {
        this.score = score;
    }

    public CriterionScore toScore() {
        return this == NOT_APPLICABLE ? CriterionScore.notApplicable() : CriterionScore.of(score);
    }

    /** Position on the ordinal scale met, partly met, not met (0, 1, 2); -1 when not applicable. */
    public int rank() {
        return switch (this) {
            case MET -> 0;
            case PARTLY_MET -> 1;
            case NOT_MET -> 2;
            case NOT_APPLICABLE -> -1;
        };
    }

    /** The automatic verdict as a judgement: NOT_ASSESSED (no check covers it) leaves the criterion to the auditor. */
    public static Judgement fromSuggestion(String verdict) {
        return switch (verdict) {
            case "MET" -> MET;
            case "PARTLY_MET" -> PARTLY_MET;
            case "NOT_MET" -> NOT_MET;
            case "NOT_APPLICABLE" -> NOT_APPLICABLE;
            default -> null;
        };
    }
}
