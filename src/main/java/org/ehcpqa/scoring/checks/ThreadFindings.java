package org.ehcpqa.scoring.checks;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.scoring.CheckOutcome;
import org.ehcpqa.scoring.CheckParams;
import org.ehcpqa.scoring.Finding;
import org.ehcpqa.scoring.PlanForScoring;
import org.ehcpqa.scoring.lexicon.Lexicons;
import org.ehcpqa.scoring.thread.GoldenThread;
import org.ehcpqa.scoring.thread.GoldenThreadLinker;
import org.ehcpqa.scoring.thread.NeedLinks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The shared shape of the four golden-thread checks: link, then report each need left alone. */
final class ThreadFindings {

    private static final GoldenThreadLinker LINKER = new GoldenThreadLinker();

    private ThreadFindings() {
    }

    static GoldenThread thread(PlanForScoring plan, CheckParams params, Lexicons lexicons, SectionCode needs,
                               boolean outcomes, boolean provision) {
        return LINKER.linkNeeds(plan, lexicons, params.intValue("minLinkScore",
                GoldenThreadLinker.DEFAULT_MIN_LINK_SCORE), needs, outcomes, provision);
    }

    /**
     * @param linked   whether a need has what the check looks for
     * @param missing  what is missing, completing "has no ..." ("outcome in section E")
     */
    static CheckOutcome judge(CheckCode code, List<NeedLinks> needs, Predicate<NeedLinks> linked, String missing,
                              int allowed, String noNeeds) {
        if (needs.isEmpty()) {
            return CheckOutcome.notApplicable(code, noNeeds);
        }
        List<Finding> findings = new ArrayList<>();
        for (NeedLinks need : needs) {
            if (!linked.test(need)) {
                SectionCode section = need.section();
                findings.add(Finding.of(section, need.need().evidence(), "Need " + need.need().number()
                        + " in section " + section.name() + " ('" + need.need().quote() + "') has no " + missing
                        + " that speaks to it."));
            }
        }
        return CheckOutcome.judged(code, CheckOutcome.share(needs.size() - findings.size(), needs.size()), findings,
                allowed, "Every need has a linked " + missing + ".",
                findings.size() + " of " + needs.size() + " needs have no " + missing + ".");
    }
}
