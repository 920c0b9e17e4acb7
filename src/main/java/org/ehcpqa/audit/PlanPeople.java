package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A team and a caseworker to narrow audit figures to, matched against the values recorded on each audit: the plan's
 * when the audit was opened, refreshed when it was made final, as the trend counts take them. Either or both may be
 * absent; blank counts as absent.
 */
public record PlanPeople(@Nullable String team, @Nullable String caseworker) {

    public static final PlanPeople EVERYONE = new PlanPeople(null, null);

    public PlanPeople {
        team = trimmed(team);
        caseworker = trimmed(caseworker);
    }

    /** Whether any narrowing is asked for. */
    public boolean any() {
        return team != null || caseworker != null;
    }

    /** The conditions on the audit table (aliased {@code a}), each after " AND ", to append to a WHERE clause. */
    String where() {
        return (team == null ? "" : " AND a.team = ?") + (caseworker == null ? "" : " AND a.caseworker = ?");
    }

    /** Binds the values of {@link #where()} from parameter {@code first} on; returns the next free parameter. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int next = first;
        if (team != null) {
            statement.setString(next++, team);
        }
        if (caseworker != null) {
            statement.setString(next++, caseworker);
        }
        return next;
    }

    @Nullable
    private static String trimmed(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
