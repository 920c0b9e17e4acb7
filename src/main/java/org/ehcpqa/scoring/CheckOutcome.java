package org.ehcpqa.scoring;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a check found.
 *
 * @param score    0 to 100; 100 for NOT_APPLICABLE so that averaging never punishes a plan for a
 *                 check that does not apply to it
 * @param findings empty on PASS unless the check reports minor points below its threshold
 * @param summary  one plain sentence for the whole check
 */
@Serdeable
public record CheckOutcome(CheckCode code, CheckResult result, int score, List<Finding> findings, String summary) {

    public CheckOutcome {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must be 0 to 100, was " + score);
        }
        findings = List.copyOf(findings);
    }

    public static CheckOutcome pass(CheckCode code, String summary) {
        return new CheckOutcome(code, CheckResult.PASS, 100, List.of(), summary);
    }

    public static CheckOutcome notApplicable(CheckCode code, String summary) {
        return new CheckOutcome(code, CheckResult.NOT_APPLICABLE, 100, List.of(), summary);
    }

    /** PASS when no finding exceeds the allowance, FAIL otherwise; the score is given by the caller. */
    public static CheckOutcome judged(CheckCode code, int score, List<Finding> findings, int allowed,
                                      String passSummary, String failSummary) {
        boolean failed = findings.size() > allowed;
        return new CheckOutcome(code, failed ? CheckResult.FAIL : CheckResult.PASS, clamp(score), findings,
                failed ? failSummary : passSummary);
    }

    /** The share of good items as a score; 100 when there is nothing to judge. */
    public static int share(int good, int total) {
        return total == 0 ? 100 : clamp(Math.round(100f * good / total));
    }

    private static int clamp(int score) {
        return Math.max(0, Math.min(100, score));
    }
}
