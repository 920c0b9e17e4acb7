package org.ehcpqa.trend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ehcpqa.audit.PlanPeople;
import org.ehcpqa.security.Roles;
import org.ehcpqa.web.ProblemException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Trends for managers. Trainers may read the cuts that name no one (section, criterion, need, phase) and everyone's
 * criteria most often not met; anything narrowed to a team or caseworker, and the overdue list, is for managers, QA
 * officers and administrators.
 */
@Controller("/api/trends")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.MANAGER, Roles.QA_OFFICER})
@Tag(name = "Trends", description = "Rating distributions over time, criteria most often not met, before and after"
        + " practice events, plans overdue for annual review")
class TrendController {

    private final TrendService trends;
    private final TrendSummary summary;

    TrendController(TrendService trends, TrendSummary summary) {
        this.trends = trends;
        this.summary = summary;
    }

    @Get("/distribution")
    @Secured({Roles.ADMIN, Roles.MANAGER, Roles.QA_OFFICER, Roles.TRAINER})
    @Operation(summary = "Confirmed ratings per month or quarter, cut by section, criterion, team, caseworker, need or"
            + " phase, with the share rated good or better")
    TrendTable distribution(@Nullable @QueryValue String framework, @Nullable @QueryValue String by,
                            @Nullable @QueryValue String period, @Nullable @QueryValue LocalDate from,
                            @Nullable @QueryValue LocalDate to, @Nullable @QueryValue String section,
                            @Nullable @QueryValue String value, Authentication user) {
        Dimension dimension = by == null || by.isBlank() ? Dimension.SECTION : Dimension.parse(by)
                .orElseThrow(() -> new ProblemException(400, "bad-dimension", "Bad dimension", "by must be one of "
                        + Arrays.stream(Dimension.values()).map(d -> d.name().toLowerCase()).toList() + "."));
        if (dimension.personal() && onlyTrainer(user)) {
            throw personalTrend();
        }
        return trends.distribution(framework, dimension, TrendService.Period.parse(period), from, to, section, value);
    }

    @Get("/not-met")
    @Secured({Roles.ADMIN, Roles.MANAGER, Roles.QA_OFFICER, Roles.TRAINER})
    @Operation(summary = "The criteria most often judged not met. Optional team and caseworker narrow the counts to"
            + " the final audits of that team's or caseworker's plans (both may be given; the title names them);"
            + " they are for managers, QA officers and administrators, like the trends by team or caseworker")
    TrendTable notMet(@Nullable @QueryValue String framework, @Nullable @QueryValue LocalDate from,
                      @Nullable @QueryValue LocalDate to, @Nullable @QueryValue String section,
                      @Nullable @QueryValue String team, @Nullable @QueryValue String caseworker,
                      @Nullable @QueryValue Integer limit, Authentication user) {
        PlanPeople people = new PlanPeople(team, caseworker);
        if (people.any() && onlyTrainer(user)) {
            throw personalTrend();
        }
        return trends.mostOftenNotMet(framework, from, to, section, people, limit == null ? 10 : limit);
    }

    @Get("/before-after")
    @Operation(summary = "Ratings of the named teams in the months before and after a date, such as a practice event")
    TrendTable beforeAfter(@Nullable @QueryValue String framework, @QueryValue LocalDate date,
                           @QueryValue String teams, @Nullable @QueryValue Integer months,
                           @Nullable @QueryValue String section) {
        List<String> names = Arrays.stream(teams.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        return trends.beforeAndAfter(framework, date, names, months == null ? 6 : months, section);
    }

    @Get("/overdue-reviews")
    @Operation(summary = "Plans overdue for annual review: newest version issued more than 12 months ago; the total,"
            + " and the longest overdue first (limit, default 100)")
    OverdueReviews overdue(@Nullable @QueryValue LocalDate asOf, @Nullable @QueryValue String team,
                           @Nullable @QueryValue Integer limit) {
        return trends.overdueReviews(asOf, team, limit == null ? 100 : limit);
    }

    @Post("/rebuild")
    @Secured(Roles.ADMIN)
    @Operation(summary = "Recompute the trend counts from the final audits (after a bulk load or to check drift)")
    Map<String, Long> rebuild() {
        return Map.of("rows", summary.rebuild());
    }

    private static ProblemException personalTrend() {
        return new ProblemException(403, "personal-trend", "Forbidden", "Trends by team or caseworker are for"
                + " managers and QA officers.");
    }

    private static boolean onlyTrainer(Authentication user) {
        return user.getRoles().contains(Roles.TRAINER) && !user.getRoles().contains(Roles.ADMIN)
                && !user.getRoles().contains(Roles.MANAGER) && !user.getRoles().contains(Roles.QA_OFFICER);
    }
}
