package org.ehcpqa.scoring.thread;

import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.text.Item;

import java.util.List;

/**
 * One need and what stands behind it.
 *
 * @param section   B, C or D
 * @param outcomes  linked items of E (only for needs in B)
 * @param provision linked items of F for B; of G (or F, for therapy that educates) for C; of H1
 *                  and H2 for D
 */
@Serdeable
public record NeedLinks(SectionCode section, Item need, List<LinkedItem> outcomes, List<LinkedItem> provision) {

    public NeedLinks {
        outcomes = List.copyOf(outcomes);
        provision = List.copyOf(provision);
    }

    public boolean hasOutcome() {
        return !outcomes.isEmpty();
    }

    public boolean hasProvision() {
        return !provision.isEmpty();
    }
}
