package org.ehcpqa.trend;

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
}
