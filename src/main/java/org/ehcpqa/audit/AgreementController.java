package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ehcpqa.security.Roles;

import java.time.LocalDate;

@Controller("/api/audits")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
@Tag(name = "Moderation")
class AgreementController {

    private final AgreementService agreement;

    AgreementController(AgreementService agreement) {
        this.agreement = agreement;
    }

    @Get("/agreement")
    @Operation(summary = "Exact and adjacent agreement and linearly weighted Cohen's kappa between auditor and"
            + " moderator per section, auditor pair and month; automatic suggestion against confirmed result per"
            + " criterion. Optional team and caseworker narrow every figure to the audits of that team's or"
            + " caseworker's plans (as recorded on each audit: the plan's when it was opened, refreshed when it was"
            + " made final); both may be given")
    AgreementReport report(@Nullable @QueryValue String framework, @Nullable @QueryValue LocalDate from,
                           @Nullable @QueryValue LocalDate to, @Nullable @QueryValue String section,
                           @Nullable @QueryValue String team, @Nullable @QueryValue String caseworker) {
        return agreement.report(framework, from, to, section, new PlanPeople(team, caseworker));
    }
}
