package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import org.ehcpqa.practice.PracticeEventView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a practice event is recorded with and later changed by: title, date, teams (ticked from the plans'
 * teams or typed one a line) and attendees (one a line). The lengths are the database's, so a long name is an
 * error on the form rather than a failure.
 */
record PracticeEventDetailsForm(@Nullable String title, @Nullable LocalDate date, List<String> teams,
                                List<String> attendees, List<FieldError> errors) {

    static final int MAX_TITLE = 200;
    static final int MAX_TEAM = 100;
    static final int MAX_ATTENDEE = 200;

    static PracticeEventDetailsForm read(Map<String, Object> form) {
        List<FieldError> errors = new ArrayList<>();
        String title = Forms.text(form, "title");
        if (title == null) {
            errors.add(new FieldError("title", "Enter a title"));
        } else if (title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "The title must be " + MAX_TITLE + " characters or fewer"));
        }
        LocalDate date = DateFields.read(form, "date", "the date of the event", errors);
        Set<String> teams = new LinkedHashSet<>(Forms.values(form, "teams"));
        teams.addAll(lines(Forms.text(form, "otherTeams")));
        if (teams.stream().anyMatch(team -> team.length() > MAX_TEAM)) {
            errors.add(new FieldError("otherTeams", "Each team must be " + MAX_TEAM + " characters or fewer"));
        }
        List<String> attendees = lines(Forms.text(form, "attendees"));
        if (attendees.stream().anyMatch(name -> name.length() > MAX_ATTENDEE)) {
            errors.add(new FieldError("attendees", "Each attendee's name must be " + MAX_ATTENDEE
                    + " characters or fewer"));
        }
        return new PracticeEventDetailsForm(title, date, List.copyOf(teams), attendees, errors);
    }

    /** What the user typed, to fill the fields again after an error. */
    static void keep(Map<String, Object> form, Map<String, Object> entered) {
        String title = Forms.text(form, "title");
        entered.put("title", title == null ? "" : title);
        DateFields.keep(form, "date", entered);
        entered.put("teams", Forms.values(form, "teams"));
        entered.put("otherTeams", Forms.values(form, "otherTeams").stream().findFirst().orElse(""));
        entered.put("attendees", Forms.values(form, "attendees").stream().findFirst().orElse(""));
    }

    /** The event's details in the fields: teams the plans know are ticked, any others are typed below. */
    static void fill(PracticeEventView event, List<String> knownTeams, Map<String, Object> entered) {
        entered.put("title", event.title());
        DateFields.fill(event.date(), "date", entered);
        entered.put("teams", event.teams().stream().filter(knownTeams::contains).toList());
        entered.put("otherTeams", String.join("\n", event.teams().stream().filter(t -> !knownTeams.contains(t))
                .toList()));
        entered.put("attendees", String.join("\n", event.attendees()));
    }

    /** Non-blank lines of a text area, trimmed. */
    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct()
                .toList();
    }
}
