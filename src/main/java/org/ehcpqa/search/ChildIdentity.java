package org.ehcpqa.search;

import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.Sha256;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a plan is about, as a digest of the normalised name and date of birth (the name alone when
 * the plan gives no date of birth). Copied-text detection compares plans of different children, and
 * a scored plan carries only its metadata, so both sides derive the identity the same way here.
 */
final class ChildIdentity {

    private ChildIdentity() {
    }

    static Optional<String> of(PlanMetadata metadata) {
        if (metadata == null || metadata.childName() == null || metadata.childName().isBlank()) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(metadata.childName(), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Pd}'’]+", " ").trim();
        return Optional.of(Sha256.of("child|" + name + "|" + metadata.dateOfBirth()));
    }

    /** The first word of the child's name, as plans use it in their text. */
    static Optional<String> firstName(PlanMetadata metadata) {
        if (metadata == null || metadata.childName() == null || metadata.childName().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(metadata.childName().trim().split("\\s+")[0]);
    }
}
