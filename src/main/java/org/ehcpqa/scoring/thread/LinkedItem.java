package org.ehcpqa.scoring.thread;

import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.text.Item;

import java.util.List;

/**
 * An outcome or provision item a need links to.
 *
 * @param sharedTerms the concepts and word stems both share, so an auditor can see why they link
 */
@Serdeable
public record LinkedItem(SectionCode section, Item item, List<String> sharedTerms) {

    public LinkedItem {
        sharedTerms = List.copyOf(sharedTerms);
    }
}
