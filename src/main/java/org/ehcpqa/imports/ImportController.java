package org.ehcpqa.imports;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.ehcpqa.security.Roles;
import org.ehcpqa.web.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk import. The POST answers 202 only once every file is durably staged and recorded, so a
 * client that got a 202 can forget the files: the import finishes even across a crash.
 */
@Controller("/api/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER})
class ImportController {

    private final UploadStager stager;
    private final StagingArea staging;
    private final ImportJobs jobs;
    private final ImportWorkers workers;
    private final ImportSettings settings;

    ImportController(UploadStager stager, StagingArea staging, ImportJobs jobs, ImportWorkers workers,
                     ImportSettings settings) {
        this.stager = stager;
        this.staging = staging;
        this.jobs = jobs;
        this.workers = workers;
        this.settings = settings;
    }

    /** Parts named {@code file} (one zip, or many files), plus optional {@code team} and {@code caseworker}. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Roles.ADMIN, Roles.QA_OFFICER})
    HttpResponse<ImportJobView> create(@Body MultipartBody body, Authentication user) {
        MultipartParts parts = MultipartParts.of(body);
        List<StagedFile> staged = new ArrayList<>();
        String team = null;
        String caseworker = null;
        try {
            for (CompletedPart part = parts.next(); part != null; part = parts.next()) {
                if (part instanceof CompletedFileUpload file && "file".equals(part.getName())) {
                    staged.addAll(stager.stage(file));
                    if (staged.size() > settings.maxFiles()) {
                        throw ZipBatchReader.tooManyFiles(settings.maxFiles());
                    }
                } else if ("team".equals(part.getName())) {
                    team = text(part);
                } else if ("caseworker".equals(part.getName())) {
                    caseworker = text(part);
                }
            }
            if (staged.isEmpty()) {
                throw new ProblemException(400, "no-files", "Nothing to import",
                        "The request holds no files: send them in parts named \"file\".");
            }
            long jobId = jobs.create(ImportJobs.SOURCE_UPLOAD, user.getName(), team, caseworker, staged);
            workers.submit(jobId);
            return HttpResponse.<ImportJobView>status(HttpStatus.ACCEPTED)
                    .header(HttpHeaders.LOCATION, "/api/imports/" + jobId)
                    .body(jobs.find(jobId).orElseThrow());
        } catch (RuntimeException e) {
            parts.cancel();
            staged.forEach(file -> staging.delete(file.stagedName()));
            throw e;
        }
    }

    @Get("/{id}")
    ImportJobView job(long id) {
        return jobs.find(id).orElseThrow(() -> ProblemException.notFound("Import " + id));
    }

    /** The 50 most recent imports, newest first, without their files. */
    @Get
    List<ImportJobView> recent() {
        return jobs.recent();
    }

    private static String text(CompletedPart part) {
        try {
            String value = new String(part.getBytes(), StandardCharsets.UTF_8).strip();
            return value.isEmpty() ? null : value;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
