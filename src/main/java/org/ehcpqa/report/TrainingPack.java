package org.ehcpqa.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.SectionCode;

import java.time.Instant;
import java.util.List;

/**
 * A training pack as trainers see it and as templates/training-pack.html renders it: examples of
 * plan sections, anonymised, with the auditors' commentary. Every text in it has been through the
 * privacy service's anonymiser before this record is made; nothing here holds a child's name.
 *
 * @param trainer the user who made the pack
 * @param items   in the order the trainer chose
 */
@Serdeable
public record TrainingPack(
        long id,
        String title,
        @Nullable String description,
        String trainer,
        @Nullable Instant updatedAt,
        List<Item> items) {

    public TrainingPack {
        items = List.copyOf(items);
    }

    /**
     * One example.
     *
     * @param id           the item's id, to reorder or remove it
     * @param position     1-based place in the pack
     * @param planId       the plan the section comes from (an internal number, not a personal detail)
     * @param sectionTitle the statutory title of the section
     * @param text         the section's anonymised text
     * @param need         the plan's primary need as people read it ("Autistic spectrum disorder")
     * @param phase        "Early years", "Primary", "Secondary" or "Post-16"
     * @param rating       the rating the example was chosen for ("Outstanding", "Requires improvement")
     * @param commentary   the auditors' commentary, anonymised with the same replacements as the text
     */
    @Serdeable
    public record Item(long id, int position, long planId, SectionCode section, String sectionTitle, String text,
                       @Nullable String need, @Nullable String phase, @Nullable String rating,
                       @Nullable String commentary) {
    }
}
