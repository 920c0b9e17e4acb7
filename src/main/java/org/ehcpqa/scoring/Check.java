package org.ehcpqa.scoring;

import org.ehcpqa.scoring.lexicon.Lexicons;

/**
 * One automatic check. Implementations are stateless singletons: every input comes through
 * {@link #run}, so one instance serves every plan and framework at once.
 */
public interface Check {

    CheckCode code();

    CheckOutcome run(PlanForScoring plan, CheckParams params, Lexicons lexicons);
}
