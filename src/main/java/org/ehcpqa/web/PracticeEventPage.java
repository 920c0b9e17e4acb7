package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import org.ehcpqa.audit.AuditLookups;
import org.ehcpqa.audit.AuditSummary;
import org.ehcpqa.practice.PracticeEventView;
import org.ehcpqa.practice.PracticeService;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.security.Role;
import org.ehcpqa.security.UserAccount;
import org.ehcpqa.security.UserAccounts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One practice event's page, shown after every form on it: as the event is now, with the errors of a refused form
 * and what the user typed into it. Organisers (QA officers and administrators) get the forms; managers read.
 */
@Singleton
class PracticeEventPage {

    /** Findings of the event's audits offered for linking; more are linked by number. */
    private static final int LINKABLE_SHOWN = 200;

    private final PracticeService events;
    private final UserAccounts users;
    private final AuditLookups audits;

    PracticeEventPage(PracticeService events, UserAccounts users, AuditLookups audits) {
        this.events = events;
        this.users = users;
        this.audits = audits;
    }

    HttpResponse<?> show(HttpRequest<?> request, long id, @Nullable String saved, @Nullable Integer sampled) {
        return render(request, id, List.of(), Map.of(), saved, sampled, HttpStatus.OK);
    }

    HttpResponse<?> refused(HttpRequest<?> request, long id, List<FieldError> errors, Map<String, Object> entered,
                            HttpStatus status) {
        return render(request, id, errors, entered, null, null, status);
    }

    private HttpResponse<?> render(HttpRequest<?> request, long id, List<FieldError> errors,
                                   Map<String, Object> entered, @Nullable String saved, @Nullable Integer sampled,
                                   HttpStatus status) {
        PracticeEventView event;
        try {
            event = events.view(id);
        } catch (ProblemException e) {
            throw new PageNotFound(e.getMessage());
        }
        CurrentUser user = CurrentUser.of(request).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("event", event);
        model.put("typeLabel", PracticeEventTypes.labels().get(event.type().name()));
        model.put("organiser", user.qaOfficer());
        model.put("errors", errors);
        model.put("entered", formValues(event, entered));
        model.put("saved", saved);
        model.put("savedMessage", savedMessage(saved));
        model.put("sampled", sampled);
        model.put("auditors", auditorChoices());
        model.put("strata", List.of(new PlanPagesController.Choice("TEAM", "Team"),
                new PlanPagesController.Choice("PHASE", "Phase"), new PlanPagesController.Choice("NEED", "Primary need"),
                new PlanPagesController.Choice("NONE", "Not stratified: a simple random sample")));
        model.put("flags", Arrays.stream(CheckCode.values())
                .map(c -> new PlanPagesController.Choice(c.code(), PlanPage.checkName(c.code()))).toList());
        List<Long> linked = ChangedEvent.findingIds(event);
        model.put("linkable", user.qaOfficer() ? audits.findingsOfFinalAudits(event.audits().stream()
                        .map(AuditSummary::id).toList(), LINKABLE_SHOWN)
                .stream().filter(f -> !linked.contains(f.findingId())).toList() : List.of());
        model.put("chosenThemes", event.themes().stream().map(PracticeEventView.Theme::criterionId)
                .filter(Objects::nonNull).toList());
        return HttpResponse.status(status).body(new ModelAndView<>("practice-event", model));
    }

    /** Every form's fields as they start, then what the user typed into the refused one. */
    private static Map<String, Object> formValues(PracticeEventView event, Map<String, Object> entered) {
        Map<String, Object> form = new HashMap<>();
        DateFields.fill(null, "from", form);
        DateFields.fill(null, "to", form);
        DateFields.fill(null, "due", form);
        form.put("count", "");
        form.put("stratifyBy", "TEAM");
        form.put("flag", "");
        form.put("seed", "");
        form.put("auditors", List.of());
        form.put("themeText", "");
        for (int n = 1; n <= event.themes().size(); n++) {
            form.put("theme-" + n, event.themes().get(n - 1).text());
        }
        form.put("actionText", "");
        form.put("owner", "");
        form.put("findingNumbers", "");
        form.put("notes", event.notes() == null ? "" : event.notes());
        form.putAll(entered);
        return form;
    }

    @Nullable
    private static String savedMessage(@Nullable String saved) {
        if (saved == null) {
            return null;
        }
        return switch (saved) {
            case "created" -> "Practice event recorded.";
            case "details" -> "Event details saved.";
            case "action-done" -> "Action marked done.";
            case "action-reopened" -> "Action reopened.";
            case "action-removed" -> "Action removed.";
            case "theme-removed" -> "Theme removed.";
            case "finding-unlinked" -> "Finding unlinked.";
            default -> "Your change is saved.";
        };
    }

    /** QA officers (and administrators) who may be assigned sampled plans, by username. */
    private List<PlanPagesController.Choice> auditorChoices() {
        return users.all().stream().filter(UserAccount::enabled)
                .filter(u -> u.roles().contains(Role.QA_OFFICER) || u.roles().contains(Role.ADMIN))
                .map(u -> new PlanPagesController.Choice(u.username(), u.displayName() + " (" + u.username() + ")"))
                .toList();
    }
}
