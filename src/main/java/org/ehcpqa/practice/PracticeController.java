package org.ehcpqa.practice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ehcpqa.security.Roles;
import org.ehcpqa.trend.TrendTable;
import org.ehcpqa.web.ProblemException;

import java.time.LocalDate;
import java.util.List;

/**
 * Practice events. Managers read them; QA officers and administrators organise them. Trainers are not let in: events
 * name attendees and link identifiable audits.
 */
@Controller("/api/practice-events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
@Tag(name = "Practice events", description = "Audit cycles (with sampling), moderation sessions, practice learning"
        + " events and training")
class PracticeController {

    private final PracticeService events;

    PracticeController(PracticeService events) {
        this.events = events;
    }

    @Post
    @Operation(summary = "Record a practice event with its teams, attendees, audits, findings, themes, actions, notes")
    HttpResponse<PracticeEventView> create(@Body PracticeRequests.Event request, Authentication user) {
        PracticeEventView view = events.create(request, user.getName());
        return HttpResponse.created(view).header("ETag", "\"" + view.version() + "\"");
    }

    @Get
    @Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
    @Operation(summary = "Practice events, newest first")
    List<PracticeEventView> list(@Nullable @QueryValue PracticeEventType type, @Nullable @QueryValue LocalDate from,
                                 @Nullable @QueryValue LocalDate to) {
        return events.list(type, from, to);
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
    @Operation(summary = "A practice event, with themes suggested from the criteria most often not met in its audits")
    HttpResponse<PracticeEventView> view(long id) {
        PracticeEventView view = events.view(id);
        return HttpResponse.ok(view).header("ETag", "\"" + view.version() + "\"");
    }

    @Put("/{id}")
    @Operation(summary = "Replace a practice event (If-Match or \"version\" names the version read)")
    HttpResponse<PracticeEventView> replace(long id, @Body PracticeRequests.Event request,
                                            @Nullable @Header("If-Match") String ifMatch) {
        Integer version = request.version();
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                version = Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").trim());
            } catch (NumberFormatException e) {
                throw new ProblemException(400, "bad-version", "Bad version", "If-Match must hold the version you"
                        + " read, such as \"3\".");
            }
        }
        PracticeEventView view = events.replace(id, request, version);
        return HttpResponse.ok(view).header("ETag", "\"" + view.version() + "\"");
    }

    @Post("/{id}/sample")
    @Operation(summary = "Draw an audit cycle's sample (stratified, proportional, seeded; or every plan with a flag)"
            + " and open draft audits assigned round-robin to the auditors")
    HttpResponse<SampleResult> sample(long id, @Body PracticeRequests.Sample request, Authentication user) {
        return HttpResponse.created(events.sample(id, request, user.getName()));
    }

    @Get("/{id}/before-after")
    @Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
    @Operation(summary = "Ratings of the attending teams in the months before and after the event")
    TrendTable beforeAfter(long id, @Nullable @QueryValue Integer months, @Nullable @QueryValue String section) {
        return events.beforeAndAfter(id, months == null ? 6 : months, section);
    }
}
