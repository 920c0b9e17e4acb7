package org.ehcpqa.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects flags: one per finding of a FAILED check. Findings of a passing check are minor points
 * below its allowance; they stay as criterion evidence but do not call for the auditor's attention.
 */
public final class Flags {

    private Flags() {
    }

    /**
     * @param outcomes each distinct run once; a finding two runs both report (the same check with
     *                 different parameters over overlapping sections) is flagged once
     */
    public static List<Flag> collect(Collection<CheckOutcome> outcomes) {
        Set<Flag> flags = new LinkedHashSet<>();
        for (CheckOutcome outcome : outcomes) {
            if (outcome.result() != CheckResult.FAIL) {
                continue;
            }
            for (Finding finding : outcome.findings()) {
                flags.add(new Flag(outcome.code(), finding.section(), finding.evidence(), finding.explanation()));
            }
        }
        return new ArrayList<>(flags);
    }
}
