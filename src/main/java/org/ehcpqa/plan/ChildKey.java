package org.ehcpqa.plan;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Identifies a child across plans: a later plan with the same name and date of birth is a new
 * version of the same plan. Only a digest is stored, so the key itself reveals nothing.
 */
final class ChildKey {

    private ChildKey() {
    }

    static Optional<String> of(PlanMetadata metadata) {
        String name = metadata.childName();
        LocalDate dateOfBirth = metadata.dateOfBirth();
        if (name == null || name.isBlank() || dateOfBirth == null) {
            return Optional.empty();
        }
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Pd}'’]+", " ")
                .trim();
        return Optional.of(Sha256.of(normalised + "|" + dateOfBirth));
    }
}
