package org.ehcpqa.web;

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
import org.ehcpqa.security.Roles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The audit findings a practice event draws on: linking them (ticked or by number) and unlinking one. */
@Controller("/practice-events/{id}/findings")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
class PracticeEventFindingsController {

    private final PracticeEventEdits edits;
    private final PracticeEventPage page;

    PracticeEventFindingsController(PracticeEventEdits edits, PracticeEventPage page) {
        this.edits = edits;
        this.page = page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> link(HttpRequest<?> request, long id, @Body Map<String, Object> form) {
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
                return page.refused(request, id, List.of(new FieldError("findingNumbers", "Enter finding numbers"
                        + " separated by commas, like 12, 15")), Map.of("findingNumbers", String.valueOf(typed)),
                        HttpStatus.BAD_REQUEST);
            }
        }
        if (numbers.isEmpty()) {
            return page.refused(request, id, List.of(new FieldError("findingNumbers", "Choose findings to link, or"
                    + " enter their numbers")), Map.of(), HttpStatus.BAD_REQUEST);
        }
        return edits.apply(request, id, form, "findingNumbers", "findings", event -> {
            List<Long> linked = new ArrayList<>(ChangedEvent.findingIds(event));
            numbers.stream().filter(n -> !linked.contains(n)).forEach(linked::add);
            return ChangedEvent.findings(event, linked);
        });
    }

    /** Takes a finding off the event; the finding itself stays in its audit. */
    @Post(value = "/{findingId}/unlink", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unlink(HttpRequest<?> request, long id, long findingId, @Body Map<String, Object> form) {
        return edits.apply(request, id, form, "findings-heading", "finding-unlinked", event -> {
            List<Long> linked = new ArrayList<>(ChangedEvent.findingIds(event));
            if (!linked.remove(findingId)) {
                throw PracticeEventEdits.notOnEvent("Finding " + findingId);
            }
            return ChangedEvent.findings(event, linked);
        });
    }
}
