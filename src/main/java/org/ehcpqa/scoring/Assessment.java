package org.ehcpqa.scoring;

import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.framework.RatingResult;
import org.ehcpqa.scoring.thread.GoldenThread;

import java.util.List;

/**
 * One plan version scored against one framework version: the ratings, the suggestion for every
 * criterion with its evidence, the flags and the golden thread.
 */
public record Assessment(long planId, long versionId, QaFramework framework, RatingResult rating,
                         List<CriterionAssessment> criteria, List<Flag> flags, GoldenThread goldenThread) {

    public Assessment {
        criteria = List.copyOf(criteria);
        flags = List.copyOf(flags);
    }
}
