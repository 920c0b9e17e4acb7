package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.thread.GoldenThread;
import org.ehcpqa.scoring.thread.GoldenThreadLinker;
import org.ehcpqa.scoring.thread.NeedLinks;

import java.util.Optional;

/**
 * The verdicts of the four golden-thread checks, from a thread already linked. Linking is the
 * dearest analysis in the library (every need against every outcome and provision item), so the
 * scorer links a plan once and judges all four checks from that one thread; the checks
 * themselves judge through here too, so both paths say the same.
 */
public final class ThreadJudgements {

    private ThreadJudgements() {
    }

    /**
     * @param thread linked with {@link GoldenThreadLinker#link} at the default link score, or at
     *               least holding the needs of the section the check reads
     * @return empty when the code is not a golden-thread check, or when its parameters ask for a
     *         link score other than the default the shared thread was linked with
     */
    public static Optional<CheckOutcome> judge(CheckCode code, GoldenThread thread, CheckParams params) {
        if (params.intValue("minLinkScore", GoldenThreadLinker.DEFAULT_MIN_LINK_SCORE)
                != GoldenThreadLinker.DEFAULT_MIN_LINK_SCORE) {
            return Optional.empty();
        }
        return Optional.ofNullable(judgeLinked(code, thread, params));
    }

    /** For the checks run alone, which link only the section they read, at whatever link score they were given. */
    static CheckOutcome judgeAny(CheckCode code, GoldenThread thread, CheckParams params) {
        return Optional.ofNullable(judgeLinked(code, thread, params)).orElseThrow();
    }

    private static CheckOutcome judgeLinked(CheckCode code, GoldenThread thread, CheckParams params) {
        int allowed = params.intValue("allowed", 0);
        return switch (code) {
            case NEED_WITHOUT_OUTCOME -> ThreadFindings.judge(code, thread.needsIn(SectionCode.B),
                    NeedLinks::hasOutcome, "outcome in section E", allowed, "Section B names no needs to follow through.");
            case NEED_WITHOUT_PROVISION -> ThreadFindings.judge(code, thread.needsIn(SectionCode.B),
                    NeedLinks::hasProvision, "provision in section F", allowed,
                    "Section B names no needs to follow through.");
            case HEALTH_NEED_WITHOUT_HEALTH_PROVISION -> ThreadFindings.judge(code, thread.needsIn(SectionCode.C),
                    NeedLinks::hasProvision, "health provision in section G", allowed,
                    "Section C names no health needs.");
            case SOCIAL_CARE_NEED_WITHOUT_PROVISION -> ThreadFindings.judge(code, thread.needsIn(SectionCode.D),
                    NeedLinks::hasProvision, "social care provision in section H1 or H2", allowed,
                    "Section D names no social care needs.");
            default -> null;
        };
    }
}
