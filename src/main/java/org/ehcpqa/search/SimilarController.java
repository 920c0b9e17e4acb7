package org.ehcpqa.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.security.Roles;
import org.ehcpqa.web.ProblemException;

import java.util.List;

/** {@code GET /api/plans/{id}/sections/{code}/similar}: other children's sections sharing passages with this one. */
@Controller("/api/plans")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
class SimilarController {

    private final PlanService plans;
    private final CopiedPassages passages;

    SimilarController(PlanService plans, CopiedPassages passages) {
        this.plans = plans;
        this.passages = passages;
    }

    @Serdeable
    record SimilarResponse(long planId, long versionId, String section, List<SimilarSection> similar) {
    }

    @Get("/{id}/sections/{code}/similar")
    SimilarResponse similar(long id, String code, @Nullable @QueryValue Integer limit) {
        SectionCode section = SectionCode.parse(code).orElseThrow(() -> new ProblemException(400, "bad-section",
                "Unknown section", "'" + code + "' is not a section code (A to K, H1 or H2)."));
        PlanView plan = plans.find(id).orElseThrow(() -> ProblemException.notFound("Plan " + id));
        String text = plan.sections().stream().filter(s -> s.code() == section && !s.text().isBlank())
                .map(PlanSection::text).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Section " + section.name() + " of plan " + id));
        int max = limit == null ? 10 : Math.max(1, Math.min(50, limit));
        return new SimilarResponse(plan.id(), plan.versionId(), section.name(), passages.find(text, plan.metadata(), id, max));
    }
}
