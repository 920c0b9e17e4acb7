package org.ehcpqa.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.ehcpqa.plan.PlanView;
import org.ehcpqa.plan.StoredPlan;
import org.ehcpqa.security.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

@Controller("/api/plans")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
class IngestController {

    private final IngestService ingest;

    IngestController(IngestService ingest) {
        this.ingest = ingest;
    }

    /** 201 with the new plan version, or 200 with the existing one when these bytes came before. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<PlanView> upload(@Part("file") CompletedFileUpload file,
                                  @Nullable @Part("team") String team,
                                  @Nullable @Part("caseworker") String caseworker,
                                  Authentication user) {
        StoredPlan stored = ingest.ingest(bytesOf(file), file.getFilename(), user.getName(), team, caseworker);
        if (!stored.created()) {
            return HttpResponse.ok(stored.plan());
        }
        return HttpResponse.created(stored.plan(), URI.create("/api/plans/" + stored.plan().id()));
    }

    private static byte[] bytesOf(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }
}
