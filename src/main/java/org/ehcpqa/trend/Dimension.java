package org.ehcpqa.trend;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.audit.PlanPeople;

import java.util.Locale;
import java.util.Optional;

/** What a trend is cut by. */
public enum Dimension {
    SECTION, CRITERION, TEAM, CASEWORKER, NEED, PHASE;

    public static Optional<Dimension> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Team and caseworker name people; trainers see only the other cuts. */
    public boolean personal() {
        return this == TEAM || this == CASEWORKER;
    }

    /**
     * The team or caseworker a value of this cut names, to narrow figures read from the audits (criteria not met,
     * moderation agreement) the same way; everyone for the cuts that name no one, or when no value is chosen.
     */
    public PlanPeople people(@Nullable String value) {
        return switch (this) {
            case TEAM -> new PlanPeople(value, null);
            case CASEWORKER -> new PlanPeople(null, value);
            default -> PlanPeople.EVERYONE;
        };
    }
}
