package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.audit.AuditLookups;
import org.ehcpqa.plan.PlanListing;
import org.ehcpqa.practice.PracticeEventType;
import org.ehcpqa.practice.PracticeEventView;
import org.ehcpqa.practice.PracticeRequests;
import org.ehcpqa.practice.PracticeService;
import org.ehcpqa.practice.SampleResult;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.security.Role;
import org.ehcpqa.security.Roles;
import org.ehcpqa.security.UserAccount;
import org.ehcpqa.security.UserAccounts;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Practice events: the list, recording one, and one event's page, where an audit cycle draws its sample and the
 * organisers add themes, actions, notes and findings. The roles are the API's: managers read; QA officers and
 * administrators organise. Every change goes through PracticeService with the version the page showed, so two
 * organisers cannot overwrite each other's changes unseen.
 */
@Controller("/practice-events")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
class PracticeEventPagesController {

    private static final List<String> STRATA = List.of("NONE", "TEAM", "PHASE", "NEED");
    /** Findings of the event's audits offered for linking; more are linked by number. */
    private static final int LINKABLE_SHOWN = 200;

    private final PracticeService events;
    private final PlanListing listing;
    private final UserAccounts users;
    private final AuditLookups audits;

    PracticeEventPagesController(PracticeService events, PlanListing listing, UserAccounts users,
                                 AuditLookups audits) {
        this.events = events;
        this.listing = listing;
        this.users = users;
        this.audits = audits;
    }

    @Get
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String type) {
        PracticeEventType chosen = Arrays.stream(PracticeEventType.values()).filter(t -> t.name().equals(type))
                .findFirst().orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("events", events.lines(chosen, null, null));
        model.put("types", typeChoices());
        model.put("typeLabels", typeLabels());
        model.put("chosenType", chosen == null ? "" : chosen.name());
        return new ModelAndView<>("practice-events", model);
    }

    @Get("/new")
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    ModelAndView<Map<String, Object>> newEvent() {
        Map<String, Object> entered = new HashMap<>();
        DateFields.fill(null, "date", entered);
        entered.put("teams", List.of());
        return newPage(List.of(), entered);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> create(@Body Map<String, Object> form, Authentication user) {
        List<FieldError> errors = new ArrayList<>();
        PracticeEventType type = Arrays.stream(PracticeEventType.values())
                .filter(t -> t.name().equals(Forms.text(form, "type"))).findFirst().orElse(null);
        if (type == null) {
            errors.add(new FieldError("type", "Choose the type of event"));
        }
        String title = Forms.text(form, "title");
        if (title == null) {
            errors.add(new FieldError("title", "Enter a title"));
        } else if (title.length() > 200) {
            errors.add(new FieldError("title", "The title must be 200 characters or fewer"));
        }
        LocalDate date = DateFields.read(form, "date", "the date of the event", errors);
        Set<String> teams = new LinkedHashSet<>(Forms.values(form, "teams"));
        teams.addAll(lines(Forms.text(form, "otherTeams")));
        List<String> attendees = lines(Forms.text(form, "attendees"));
        String notes = Forms.text(form, "notes");
        if (errors.isEmpty()) {
            try {
                PracticeEventView created = events.create(new PracticeRequests.Event(type, date, title, null,
                        List.copyOf(teams), attendees, List.of(), List.of(), List.of(), List.of(), notes, null),
                        user.getName());
                return HttpResponse.seeOther(URI.create("/practice-events/" + created.id() + "?saved=created"));
            } catch (ProblemException e) {
                errors.add(new FieldError("title", e.getMessage()));
            }
        }
        Map<String, Object> entered = new HashMap<>();
        entered.put("type", type == null ? "" : type.name());
        entered.put("title", title == null ? "" : title);
        DateFields.keep(form, "date", entered);
        entered.put("teams", Forms.values(form, "teams"));
        entered.put("otherTeams", String.valueOf(Forms.values(form, "otherTeams").stream().findFirst().orElse("")));
        entered.put("attendees", String.valueOf(Forms.values(form, "attendees").stream().findFirst().orElse("")));
        entered.put("notes", notes == null ? "" : notes);
        return HttpResponse.badRequest(newPage(errors, entered));
    }

    @Get("/{id}")
    HttpResponse<?> event(HttpRequest<?> request, long id, @Nullable @QueryValue String saved,
                          @Nullable @QueryValue Integer sampled) {
        return page(request, id, List.of(), Map.of(), saved, sampled, HttpStatus.OK);
    }

    @Post(value = "/{id}/sample", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> sample(HttpRequest<?> request, long id, @Body Map<String, Object> form, Authentication user) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = DateFields.read(form, "from", "the first issue date", errors);
        LocalDate to = DateFields.read(form, "to", "the last issue date", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to-day", "The last issue date must be the same as or after the first"));
        }
        String flag = CheckCode.fromCode(String.valueOf(Forms.text(form, "flag"))).map(CheckCode::code).orElse(null);
        Integer count = null;
        String countText = Forms.text(form, "count");
        if (countText != null) {
            try {
                count = Integer.parseInt(countText);
                if (count < 1 || count > 1000) {
                    errors.add(new FieldError("count", "The number of plans must be between 1 and 1000"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("count", "The number of plans must be a whole number, like 20"));
            }
        } else if (flag == null) {
            errors.add(new FieldError("count", "Enter how many plans to sample, or choose a flag"));
        }
        String stratifyBy = STRATA.contains(Forms.text(form, "stratifyBy")) ? Forms.text(form, "stratifyBy") : "NONE";
        Long seed = null;
        String seedText = Forms.text(form, "seed");
        if (seedText != null) {
            try {
                seed = Long.parseLong(seedText);
            } catch (NumberFormatException e) {
                errors.add(new FieldError("seed", "The seed must be a whole number, like 2026"));
            }
        }
        List<String> auditors = Forms.values(form, "auditors");
        if (auditors.isEmpty()) {
            errors.add(new FieldError("auditors", "Choose at least one auditor"));
        }
        Map<String, Object> entered = new HashMap<>();
        DateFields.keep(form, "from", entered);
        DateFields.keep(form, "to", entered);
        entered.put("count", countText == null ? "" : countText);
        entered.put("stratifyBy", stratifyBy);
        entered.put("flag", flag == null ? "" : flag);
        entered.put("seed", seedText == null ? "" : seedText);
        entered.put("auditors", auditors);
        if (errors.isEmpty()) {
            try {
                SampleResult result = events.sample(id, new PracticeRequests.Sample(from, to, flag == null ? count
                        : null, flag == null ? stratifyBy : null, flag, seed, auditors, null), user.getName());
                return HttpResponse.seeOther(URI.create("/practice-events/" + id + "?sampled="
                        + result.audits().size()));
            } catch (ProblemException e) {
                if (e.toProblem().status() == 404) {
                    return NotFoundPages.response(e.getMessage());
                }
                errors.add(new FieldError("from-day", e.getMessage()));
            }
        }
        return page(request, id, errors, entered, null, null, HttpStatus.BAD_REQUEST);
    }

    @Post(value = "/{id}/themes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> addTheme(HttpRequest<?> request, long id, @Body Map<String, Object> form) {
        String text = Forms.text(form, "themeText");
        String criterionId = Forms.text(form, "criterionId");
        if (text == null) {
            return page(request, id, List.of(new FieldError("themeText", "Enter the theme")), Map.of(), null, null,
                    HttpStatus.BAD_REQUEST);
        }
        return change(request, id, form, "theme", event -> withThemes(event, append(event.themes(),
                new PracticeEventView.Theme(criterionId, text))));
    }

    @Post(value = "/{id}/actions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> addAction(HttpRequest<?> request, long id, @Body Map<String, Object> form) {
        List<FieldError> errors = new ArrayList<>();
        String text = Forms.text(form, "actionText");
        if (text == null) {
            errors.add(new FieldError("actionText", "Enter the action"));
        }
        LocalDate due = null;
        if (Forms.text(form, "due-day") != null || Forms.text(form, "due-month") != null
                || Forms.text(form, "due-year") != null) {
            due = DateFields.read(form, "due", "the date the action is due", errors);
        }
        if (!errors.isEmpty()) {
            Map<String, Object> entered = new HashMap<>();
            entered.put("actionText", text == null ? "" : text);
            entered.put("owner", String.valueOf(Forms.values(form, "owner").stream().findFirst().orElse("")));
            DateFields.keep(form, "due", entered);
            return page(request, id, errors, entered, null, null, HttpStatus.BAD_REQUEST);
        }
        PracticeEventView.Action action = new PracticeEventView.Action(text, Forms.text(form, "owner"), due, "OPEN");
        return change(request, id, form, "action", event -> withActions(event, append(event.actions(), action)));
    }

    @Post(value = "/{id}/notes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> saveNotes(HttpRequest<?> request, long id, @Body Map<String, Object> form) {
        String notes = Forms.text(form, "notes");
        return change(request, id, form, "notes", event -> new PracticeRequests.Event(event.type(), event.date(),
                event.title(), event.framework(), event.teams(), event.attendees(), auditIds(event),
                findingIds(event), event.themes(), event.actions(), notes, null));
    }

    @Post(value = "/{id}/findings", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<?> linkFindings(HttpRequest<?> request, long id, @Body Map<String, Object> form) {
        List<Long> numbers = new ArrayList<>();
        List<String> given = new ArrayList<>(Forms.values(form, "findingIds"));
        String typed = Forms.text(form, "findingNumbers");
        if (typed != null) {
            given.addAll(Arrays.asList(typed.split("[,\\s]+")));
        }
        for (String part : given) {
            try {
                numbers.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                return page(request, id, List.of(new FieldError("findingNumbers", "Enter finding numbers separated"
                        + " by commas, like 12, 15")), Map.of("findingNumbers", String.valueOf(typed)), null, null,
                        HttpStatus.BAD_REQUEST);
            }
        }
        if (numbers.isEmpty()) {
            return page(request, id, List.of(new FieldError("findingNumbers", "Choose findings to link, or enter"
                    + " their numbers")), Map.of(), null, null, HttpStatus.BAD_REQUEST);
        }
        return change(request, id, form, "findings", event -> {
            List<Long> linked = new ArrayList<>(findingIds(event));
            numbers.stream().filter(n -> !linked.contains(n)).forEach(linked::add);
            return new PracticeRequests.Event(event.type(), event.date(), event.title(), event.framework(),
                    event.teams(), event.attendees(), auditIds(event), linked, event.themes(), event.actions(),
                    event.notes(), null);
        });
    }

    /**
     * Replaces the event with one change applied, based on the version the form was rendered from; a stale version
     * or a refusal comes back as an error on the page, which shows the event as it now is.
     */
    private HttpResponse<?> change(HttpRequest<?> request, long id, Map<String, Object> form, String what,
                                   java.util.function.Function<PracticeEventView, PracticeRequests.Event> change) {
        Integer version = null;
        try {
            version = Integer.valueOf(String.valueOf(Forms.text(form, "version")));
        } catch (NumberFormatException e) {
            // No version: the service answers that one is required.
        }
        PracticeEventView current;
        try {
            current = events.view(id);
        } catch (ProblemException e) {
            return NotFoundPages.response(e.getMessage());
        }
        try {
            events.replace(id, change.apply(current), version);
            return HttpResponse.seeOther(URI.create("/practice-events/" + id + "?saved=" + what));
        } catch (ProblemException e) {
            String field = switch (what) {
                case "theme" -> "themeText";
                case "action" -> "actionText";
                case "findings" -> "findingNumbers";
                default -> "notes";
            };
            String message = e.toProblem().status() == 409 ? "Someone else changed this event after you opened it."
                    + " It is shown below as it is now: make your change again." : e.getMessage();
            return page(request, id, List.of(new FieldError(field, message)), Map.of(), null, null,
                    e.toProblem().status() == 409 ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, long id, List<FieldError> errors, Map<String, Object> entered,
                                 @Nullable String saved, @Nullable Integer sampled, HttpStatus status) {
        PracticeEventView event;
        try {
            event = events.view(id);
        } catch (ProblemException e) {
            return NotFoundPages.response(e.getMessage());
        }
        CurrentUser user = CurrentUser.of(request).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("event", event);
        model.put("typeLabel", typeLabels().get(event.type().name()));
        model.put("organiser", user.qaOfficer());
        model.put("errors", errors);
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
        form.put("actionText", "");
        form.put("owner", "");
        form.put("findingNumbers", "");
        form.put("notes", event.notes() == null ? "" : event.notes());
        form.putAll(entered);
        model.put("entered", form);
        model.put("saved", saved);
        model.put("sampled", sampled);
        model.put("auditors", auditorChoices());
        model.put("strata", List.of(new PlanPagesController.Choice("TEAM", "Team"),
                new PlanPagesController.Choice("PHASE", "Phase"), new PlanPagesController.Choice("NEED", "Primary need"),
                new PlanPagesController.Choice("NONE", "Not stratified: a simple random sample")));
        model.put("flags", Arrays.stream(CheckCode.values())
                .map(c -> new PlanPagesController.Choice(c.code(), PlanPage.checkName(c.code()))).toList());
        List<Long> linked = findingIds(event);
        model.put("linkable", user.qaOfficer() ? audits.findingsOfFinalAudits(auditIds(event), LINKABLE_SHOWN)
                .stream().filter(f -> !linked.contains(f.findingId())).toList() : List.of());
        model.put("chosenThemes", event.themes().stream().map(PracticeEventView.Theme::criterionId)
                .filter(java.util.Objects::nonNull).toList());
        return HttpResponse.status(status).body(new ModelAndView<>("practice-event", model));
    }

    private ModelAndView<Map<String, Object>> newPage(List<FieldError> errors, Map<String, Object> entered) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("entered", entered);
        model.put("types", typeChoices());
        model.put("teams", listing.teams());
        return new ModelAndView<>("practice-event-new", model);
    }

    /** QA officers (and administrators) who may be assigned sampled plans, by username. */
    private List<PlanPagesController.Choice> auditorChoices() {
        return users.all().stream().filter(UserAccount::enabled)
                .filter(u -> u.roles().contains(Role.QA_OFFICER) || u.roles().contains(Role.ADMIN))
                .map(u -> new PlanPagesController.Choice(u.username(), u.displayName() + " (" + u.username() + ")"))
                .toList();
    }

    private static PracticeRequests.Event withThemes(PracticeEventView event, List<PracticeEventView.Theme> themes) {
        return new PracticeRequests.Event(event.type(), event.date(), event.title(), event.framework(), event.teams(),
                event.attendees(), auditIds(event), findingIds(event), themes, event.actions(), event.notes(), null);
    }

    private static PracticeRequests.Event withActions(PracticeEventView event,
                                                      List<PracticeEventView.Action> actions) {
        return new PracticeRequests.Event(event.type(), event.date(), event.title(), event.framework(), event.teams(),
                event.attendees(), auditIds(event), findingIds(event), event.themes(), actions, event.notes(), null);
    }

    private static List<Long> auditIds(PracticeEventView event) {
        return event.audits().stream().map(a -> a.id()).toList();
    }

    private static List<Long> findingIds(PracticeEventView event) {
        return event.findings().stream().map(AuditLookups.LinkedFinding::findingId).toList();
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    /** Non-blank lines of a text area, trimmed. */
    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct()
                .toList();
    }

    static Map<String, String> typeLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put(PracticeEventType.AUDIT_CYCLE.name(), "Audit cycle");
        labels.put(PracticeEventType.MODERATION_SESSION.name(), "Moderation session");
        labels.put(PracticeEventType.PRACTICE_LEARNING.name(), "Practice learning event");
        labels.put(PracticeEventType.TRAINING.name(), "Training session");
        return labels;
    }

    private static List<PlanPagesController.Choice> typeChoices() {
        return typeLabels().entrySet().stream().map(e -> new PlanPagesController.Choice(e.getKey(), e.getValue()))
                .toList();
    }
}
