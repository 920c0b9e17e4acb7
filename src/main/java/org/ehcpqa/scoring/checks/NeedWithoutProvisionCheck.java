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
 * The golden thread: each need in section B should have provision in section F
 * (see {@link org.ehcpqa.scoring.thread.GoldenThreadLinker} for how items link).
 * Params: {@code minLinkScore} (default 2), {@code allowed} (unlinked needs tolerated, default 0).
 */
@Singleton
public class NeedWithoutProvisionCheck implements Check {

    @Override
    public CheckCode code() {
        return CheckCode.NEED_WITHOUT_PROVISION;
    }

    @Override
    public CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons) {
        return ThreadJudgements.judgeAny(code(), ThreadFindings.thread(plan, params, lexicons, SectionCode.B, false, true),
                params);
    }
}
