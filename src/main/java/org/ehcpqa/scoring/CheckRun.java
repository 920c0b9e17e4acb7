package org.ehcpqa.scoring;

import org.ehcpqa.framework.CheckReference;

/**
 * One distinct run of a check on a plan: the code with its parameters. Criteria (and frameworks)
 * that name the same code with equal parameters share one run, so a plan is read once per check.
 */
public record CheckRun(CheckCode code, CheckParams params) {

    public static CheckRun of(CheckReference reference) {
        return new CheckRun(reference.check(), CheckParams.of(reference.params()));
    }
}
