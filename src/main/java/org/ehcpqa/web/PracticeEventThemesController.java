package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.ehcpqa.practice.PracticeEventView;
import org.ehcpqa.security.Roles;

import java.util.List;
import java.util.Map;

/**
 * A practice event's themes: choosing a suggested criterion or adding one's own, rewording one, removing one. Themes
 * are numbered from 1 in the order the page shows them, as of the version the form was read at.
 */
@Controller("/practice-events/{id}/themes")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
class PracticeEventThemesController {

    static final int MAX_THEME = 1000;

    private final PracticeEventEdits edits;
    private final PracticeEventPage page;

    PracticeEventThemesController(PracticeEventEdits edits, PracticeEventPage page) {
        this.edits = edits;
        this.page = page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, long id, @Body Map<String, Object> form) {
        String text = Forms.text(form, "themeText");
        FieldError error = textError("themeText", text);
        if (error != null) {
            return page.refused(request, id, List.of(error), Map.of("themeText", text == null ? "" : text),
                    HttpStatus.BAD_REQUEST);
        }
        PracticeEventView.Theme theme = new PracticeEventView.Theme(Forms.text(form, "criterionId"), text);
        return edits.apply(request, id, form, "themeText", "theme",
                event -> ChangedEvent.themes(event, ChangedEvent.appended(event.themes(), theme)));
    }

    /** New words for a theme; a theme chosen from a criterion stays linked to it. */
    @Post(value = "/{number}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reword(HttpRequest<?> request, long id, int number, @Body Map<String, Object> form) {
        String field = "theme-" + number;
        String text = Forms.text(form, field);
        FieldError error = textError(field, text);
        if (error != null) {
            return page.refused(request, id, List.of(error), Map.of(field, text == null ? "" : text),
                    HttpStatus.BAD_REQUEST);
        }
        return edits.apply(request, id, form, field, "theme", event -> {
            PracticeEventView.Theme theme = PracticeEventEdits.numbered(event.themes(), number, "Theme");
            return ChangedEvent.themes(event, ChangedEvent.replaced(event.themes(), number,
                    new PracticeEventView.Theme(theme.criterionId(), text)));
        });
    }

    @Post(value = "/{number}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(HttpRequest<?> request, long id, int number, @Body Map<String, Object> form) {
        return edits.apply(request, id, form, "themes-heading", "theme-removed", event -> {
            PracticeEventEdits.numbered(event.themes(), number, "Theme");
            return ChangedEvent.themes(event, ChangedEvent.replaced(event.themes(), number, null));
        });
    }

    @Nullable
    private static FieldError textError(String field, @Nullable String text) {
        if (text == null) {
            return new FieldError(field, "Enter the theme");
        }
        if (text.length() > MAX_THEME) {
            return new FieldError(field, "The theme must be " + MAX_THEME + " characters or fewer");
        }
        return null;
    }
}
