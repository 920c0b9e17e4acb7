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
import io.micronaut.security.authentication.Authentication;
import org.ehcpqa.practice.PracticeRequests;
import org.ehcpqa.practice.PracticeService;
import org.ehcpqa.practice.SampleResult;
import org.ehcpqa.scoring.CheckCode;
import org.ehcpqa.security.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An audit cycle's "Draw a sample" form: a number of plans issued in a period (stratified) or every plan flagged for
 * a check, each opened as a draft audit assigned to the chosen auditors in turn.
 */
@Controller("/practice-events")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
class AuditCycleSampleController {

    private static final List<String> STRATA = List.of("NONE", "TEAM", "PHASE", "NEED");

    private final PracticeService events;
    private final PracticeEventPage page;

    AuditCycleSampleController(PracticeService events, PracticeEventPage page) {
        this.events = events;
        this.page = page;
    }

    @Post(value = "/{id}/sample", consumes = MediaType.APPLICATION_FORM_URLENCODED)
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
        String chosen = Forms.text(form, "stratifyBy");
        String stratifyBy = chosen != null && STRATA.contains(chosen) ? chosen : "NONE";
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
                    throw new PageNotFound(e.getMessage());
                }
                errors.add(new FieldError("from-day", e.getMessage()));
            }
        }
        return page.refused(request, id, errors, entered, HttpStatus.BAD_REQUEST);
    }
}
