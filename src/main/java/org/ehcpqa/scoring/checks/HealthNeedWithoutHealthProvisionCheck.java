package org.ehcpqa.scoring.checks;

import jakarta.inject.Singleton;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.Check;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicons;

/**
 * The golden thread: each need in section C should have health provision in section G
 * (see {@link org.ehcpqa.scoring.thread.GoldenThreadLinker} for how items link).
 * Params: {@code minLinkScore} (default 2), {@code allowed} (unlinked needs tolerated, default 0).
 */
@Singleton
public class HealthNeedWithoutHealthProvisionCheck implements Check {

    @Override
    public CheckCode code() {
        return CheckCode.HEALTH_NEED_WITHOUT_HEALTH_PROVISION;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        return ThreadJudgements.judgeAny(code(), ThreadFindings.thread(plan, params, lexicons, SectionCode.C, false, true),
                params);
    }
}
