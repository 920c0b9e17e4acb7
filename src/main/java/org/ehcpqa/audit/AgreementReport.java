package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * Inter-rater agreement over moderated audits, and how far the automatic suggestions agree with the confirmed human
 * judgement per criterion (which tells a council which checks to trust).
 *
 * @param team       the team the audits were narrowed to, or null for every team
 * @param caseworker the caseworker the audits were narrowed to, or null for every caseworker
 * @param all        pooled over every section (OVERALL excluded unless asked for with section=OVERALL)
 */
@Serdeable
public record AgreementReport(String framework, @Nullable LocalDate from, @Nullable LocalDate to,
                              @Nullable String section, @Nullable String team, @Nullable String caseworker,
                              AgreementFigures all, List<BySection> bySection,
                              List<ByPair> byPair, List<ByMonth> byMonth, List<ByCriterion> automaticVersusHuman) {

    @Serdeable
    public record BySection(String section, AgreementFigures figures) {
    }

    @Serdeable
    public record ByPair(String auditor, String moderator, AgreementFigures figures) {
    }

    /** @param month the first day of the month in which the moderation was agreed */
    @Serdeable
    public record ByMonth(LocalDate month, AgreementFigures figures) {
    }

    /** On the scale met, partly met, not met; criteria judged not applicable or not assessed are left out. */
    @Serdeable
    public record ByCriterion(String criterionId, String section, AgreementFigures figures) {
    }
}
