package org.ehcpqa.scoring.thread;

import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.SectionCode;

import java.util.List;

/**
 * The need, outcome and provision links of a plan (B to E and F; C to G; D to H1 and H2), for
 * the assessment to show beside the sections so an auditor sees which need has nothing behind it.
 */
@Serdeable
public record GoldenThread(List<NeedLinks> needs) {

    public GoldenThread {
        needs = List.copyOf(needs);
    }

    public List<NeedLinks> needsIn(SectionCode section) {
        return needs.stream().filter(n -> n.section() == section).toList();
    }

    public List<NeedLinks> withoutProvision(SectionCode section) {
        return needsIn(section).stream().filter(n -> !n.hasProvision()).toList();
    }

    public List<NeedLinks> withoutOutcome() {
        return needsIn(SectionCode.B).stream().filter(n -> !n.hasOutcome()).toList();
    }
}
