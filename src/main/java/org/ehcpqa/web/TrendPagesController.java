package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.audit.AgreementFigures;
import org.ehcpqa.audit.AgreementReport;
import org.ehcpqa.audit.AgreementService;
import org.ehcpqa.audit.PlanPeople;
import org.ehcpqa.framework.Criterion;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.practice.PracticeEventLine;
import org.ehcpqa.practice.PracticeService;
import org.ehcpqa.security.Roles;
import org.ehcpqa.trend.Dimension;
import org.ehcpqa.trend.OverdueReviews;
import org.ehcpqa.trend.TrendService;
import org.ehcpqa.trend.TrendTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The managers' trends page. Every figure comes from the services the JSON API uses, and the export links carry the
 * same resolved filters, so a download holds the page's numbers. A team or caseworker chosen narrows the criteria
 * not met and the moderation agreement as it does the ratings table.
 * QA officers may read it too, as they may read the trend API.
 */
@Controller("/trends")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.MANAGER, Roles.QA_OFFICER})
class TrendPagesController {

    private static final int NOT_MET_SHOWN = 10;
    private static final int OVERDUE_SHOWN = 10;
    private static final int BEFORE_AFTER_MONTHS = 6;

    private final TrendService trends;
    private final AgreementService agreement;
    private final PracticeService practice;
    private final RatingLabels ratings;

    TrendPagesController(TrendService trends, AgreementService agreement, PracticeService practice,
                         RatingLabels ratings) {
        this.trends = trends;
        this.agreement = agreement;
        this.practice = practice;
        this.ratings = ratings;
    }

    @Get
    HttpResponse<?> trends(HttpRequest<?> request) {
        Map<String, String> query = new HashMap<>();
        request.getParameters().forEach((name, values) -> query.put(name, values.isEmpty() ? null : values.get(0)));
        TrendFilter filter = TrendFilter.read(query);
        String framework = ratings.frameworkId();
        Optional<QaFramework> definition = ratings.framework();
        List<PracticeEventLine> events = practice.lines(null, null, null);
        Long eventId = eventId(query.get("event"), events);

        Map<String, Object> model = new HashMap<>();
        model.put("filter", filter);
        model.put("chosen", filter.chosen());
        model.put("errors", filter.errors());
        model.put("sections", sectionChoices());
        model.put("teams", plain(trends.values(framework, Dimension.TEAM)));
        model.put("caseworkers", plain(trends.values(framework, Dimension.CASEWORKER)));
        model.put("needs", plain(trends.values(framework, Dimension.NEED)));
        model.put("phases", plain(trends.values(framework, Dimension.PHASE)));
        model.put("criteria", trends.values(framework, Dimension.CRITERION).stream()
                .map(id -> new PlanPagesController.Choice(id, criterionLabel(definition, id))).toList());
        model.put("events", events);
        model.put("eventId", eventId);
        if (!filter.valid()) {
            return HttpResponse.badRequest(new ModelAndView<>("trends", model));
        }

        TrendTable distribution = trends.distribution(framework, filter.by(), filter.quarterly()
                ? TrendService.Period.QUARTER : TrendService.Period.MONTH, filter.from(), filter.to(),
                filter.section(), filter.value());
        model.put("distribution", distribution);
        model.put("rows", rows(distribution, definition));
        model.put("keyHeading", keyHeading(filter.by()));
        model.put("chart", ShareChart.of(distribution));
        model.put("scope", scope(filter, definition));

        model.put("auditScope", auditScope(filter));
        TrendTable notMet = trends.mostOftenNotMet(framework, filter.from(), filter.to(), filter.sectionCode(),
                filter.people(), NOT_MET_SHOWN);
        model.put("notMet", notMet.rows().stream().filter(row -> row.total() > 0).map(row -> new TableRow(
                row.period(), row.key(), criterionLabel(definition, row.key()), row.counts(), row.total(),
                ShareChart.percent(row.share()))).toList());
        model.put("notMetLevels", notMet.levelLabels());

        OverdueReviews overdue = trends.overdueReviews(null, filter.by() == Dimension.TEAM ? filter.value() : null,
                OVERDUE_SHOWN);
        model.put("overdue", overdue);
        model.put("overdueTeam", filter.by() == Dimension.TEAM ? filter.value() : null);

        AgreementReport agreed = agreement.report(framework, filter.from(), filter.lastDay(), filter.sectionCode(),
                filter.people());
        model.put("agreement", agreed);
        model.put("agreementAll", figures(agreed.all()));
        model.put("agreementSections", agreed.bySection().stream()
                .map(s -> new NamedFigures(sectionLabel(s.section()), figures(s.figures()))).toList());

        if (eventId != null) {
            TrendTable beforeAfter = practice.beforeAndAfter(eventId, BEFORE_AFTER_MONTHS, filter.sectionCode());
            model.put("beforeAfter", beforeAfter);
            model.put("beforeAfterRows", rows(beforeAfter, definition));
            model.put("beforeAfterEvent", events.stream().filter(e -> e.id() == eventId).findFirst().orElseThrow());
        }

        String exportQuery = filter.exportQuery(framework);
        model.put("exportQuery", exportQuery);
        return HttpResponse.ok(new ModelAndView<>("trends", model));
    }

    /** A practice event id from the query, only when it names a listed event; anything else shows no comparison. */
    @Nullable
    private static Long eventId(@Nullable String given, List<PracticeEventLine> events) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(given.trim());
            return events.stream().anyMatch(e -> e.id() == id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<TableRow> rows(TrendTable table, Optional<QaFramework> framework) {
        boolean criteria = Dimension.CRITERION.name().equals(table.by());
        return table.rows().stream().map(row -> new TableRow(row.period(), row.key(),
                criteria ? criterionLabel(framework, row.key()) : keyLabel(table, row.key()), row.counts(),
                row.total(), ShareChart.percent(row.share()))).toList();
    }

    private static String keyLabel(TrendTable table, String key) {
        if (Dimension.SECTION.name().equals(table.by())) {
            return sectionLabel(key);
        }
        return key.isEmpty() ? "Not recorded" : key;
    }

    static String sectionLabel(String key) {
        if (TrendFilter.OVERALL.equals(key)) {
            return "Overall rating";
        }
        return SectionCode.parse(key).map(code -> code.name() + ": " + code.statutoryTitle()).orElse(key);
    }

    private static String criterionLabel(Optional<QaFramework> framework, String id) {
        return framework.flatMap(f -> f.criterion(id)).map(Criterion::text).map(text -> id + ": " + text).orElse(id);
    }

    private static String keyHeading(Dimension by) {
        return switch (by) {
            case SECTION -> "Section";
            case CRITERION -> "Criterion";
            case TEAM -> "Team";
            case CASEWORKER -> "Caseworker";
            case NEED -> "Primary need";
            case PHASE -> "Phase";
        };
    }

    /** What the figures cover, in words, for the caption of the table and the chart. */
    private static String scope(TrendFilter filter, Optional<QaFramework> framework) {
        StringBuilder scope = new StringBuilder();
        scope.append(filter.section() == null ? "Every section" : sectionLabel(filter.section()));
        if (filter.value() != null) {
            String value = filter.by() == Dimension.CRITERION ? criterionLabel(framework, filter.value())
                    : filter.value();
            scope.append(", ").append(keyHeading(filter.by()).toLowerCase(Locale.ROOT)).append(' ').append(value);
        }
        return scope.append(period(filter)).toString();
    }

    /**
     * Whom the criteria not met and the moderation agreement cover, in words. Both are narrowed by a team or a
     * caseworker only, so a need, phase or criterion chosen in the filters is said not to apply to them.
     */
    private static String auditScope(TrendFilter filter) {
        PlanPeople people = filter.people();
        String whom = people.team() != null ? "team " + people.team()
                : people.caseworker() != null ? "caseworker " + people.caseworker() : "every team and caseworker";
        String scope = "For " + whom + period(filter) + ".";
        if (filter.value() != null && !people.any()) {
            scope += " The " + keyHeading(filter.by()).toLowerCase(Locale.ROOT) + " chosen does not narrow these"
                    + " figures.";
        }
        return scope;
    }

    private static String period(TrendFilter filter) {
        return (filter.from() == null ? ", from the first audit" : ", from " + filter.chosen().get("from"))
                + (filter.to() == null ? " to now" : " to " + filter.chosen().get("to"));
    }

    private static List<PlanPagesController.Choice> sectionChoices() {
        List<PlanPagesController.Choice> choices = new ArrayList<>();
        choices.add(new PlanPagesController.Choice(TrendFilter.OVERALL, "Overall rating"));
        choices.add(new PlanPagesController.Choice(TrendFilter.ALL_SECTIONS, "Every section, one row each"));
        for (SectionCode code : SectionCode.values()) {
            choices.add(new PlanPagesController.Choice(code.name(), sectionLabel(code.name())));
        }
        return choices;
    }

    private static List<PlanPagesController.Choice> plain(List<String> values) {
        return values.stream().map(v -> new PlanPagesController.Choice(v, v)).toList();
    }

    private static FormattedFigures figures(AgreementFigures figures) {
        return new FormattedFigures(figures.pairs(), ShareChart.percent(figures.exactAgreement()),
                ShareChart.percent(figures.adjacentAgreement()), figures.weightedKappa() == null ? "not defined"
                : String.format(Locale.ROOT, "%.2f", figures.weightedKappa()));
    }

    /** A row of a trend table as the page prints it: the key in words and the share as a percentage. */
    public record TableRow(String period, String key, String label, List<Long> counts, long total, String share) {
    }

    /** Agreement figures as printed: shares as percentages, kappa to two places ("not defined" when it is not). */
    public record FormattedFigures(int pairs, String exact, String adjacent, String kappa) {
    }

    public record NamedFigures(String name, FormattedFigures figures) {
    }
}
