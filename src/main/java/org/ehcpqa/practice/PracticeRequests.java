package org.ehcpqa.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** What callers send to create or change practice events: the JSON API and the pages (org.ehcpqa.web). */
public final class PracticeRequests {

    private PracticeRequests() {
    }

    /** The whole event: creating it, or replacing it (with the version read). */
    @Serdeable
    public record Event(@Nullable PracticeEventType type, @Nullable LocalDate date, @Nullable String title,
                 @Nullable String framework, @Nullable List<String> teams, @Nullable List<String> attendees,
                 @Nullable List<Long> auditIds, @Nullable List<Long> findingIds,
                 @Nullable List<PracticeEventView.Theme> themes, @Nullable List<PracticeEventView.Action> actions,
                 @Nullable String notes, @Nullable Integer version) {
    }

    /**
     * An audit cycle's sample: {@code count} plans issued between {@code from} and {@code to}, stratified by
     * {@code stratifyBy} (TEAM, PHASE, NEED or NONE) with proportional allocation, drawn with {@code seed}; or,
     * with {@code flag}, every plan in the period whose automatic assessment raised that check. Draft audits are
     * opened for them and assigned round-robin to {@code auditors}.
     */
    @Serdeable
    public record Sample(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer count,
                  @Nullable String stratifyBy, @Nullable String flag, @Nullable Long seed,
                  @Nullable List<String> auditors, @Nullable String framework) {
    }
}
