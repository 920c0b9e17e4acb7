package org.ehcpqa.scoring.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.ehcpqa.privacy.AccessAction;
import org.ehcpqa.privacy.AccessLog;
import org.ehcpqa.security.Roles;

/**
 * A plan's automatic assessment. Its evidence quotes the plan, so reading it is logged like
 * reading the text, and trainers are not let in.
 */
@Controller("/api/plans")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
class AssessmentController {

    private final Assessments assessments;
    private final AccessLog accessLog;

    AssessmentController(Assessments assessments, AccessLog accessLog) {
        this.assessments = assessments;
        this.accessLog = accessLog;
    }

    @Get("/{id}/assessment")
    AssessmentResponse assessment(long id, @Nullable @QueryValue String framework, Authentication user) {
        AssessmentResponse response = assessments.current(id, framework);
        accessLog.record(user.getName(), response.planId(), response.versionId(), AccessAction.VIEWED_TEXT);
        return response;
    }
}
