package org.ehcpqa.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import org.ehcpqa.ingest.IngestRefusedException;
import org.ehcpqa.ingest.IngestService;
import org.ehcpqa.plan.StoredPlan;
import org.ehcpqa.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Uploading plans. The form works without JavaScript (files are read one after another and the
 * outcome of each is listed); with JavaScript, upload.js sends each file to POST /api/plans
 * itself, with a progress bar and the refusal's sentence per file.
 */
@Controller("/plans/upload")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
class UploadPagesController {

    private static final Logger LOG = LoggerFactory.getLogger(UploadPagesController.class);

    private final IngestService ingest;

    UploadPagesController(IngestService ingest) {
        this.ingest = ingest;
    }

    @Get
    ModelAndView<Map<String, Object>> form() {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", List.of());
        return new ModelAndView<>("upload", model);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, @Body MultipartBody body) {
        CurrentUser user = CurrentUser.of(request).orElseThrow();
        List<CompletedFileUpload> files = new ArrayList<>();
        String team = null;
        String caseworker = null;
        for (CompletedPart part : BlockingParts.all(body)) {
            if (part instanceof CompletedFileUpload file && "file".equals(part.getName())) {
                if (file.getFilename() != null && !file.getFilename().isBlank()) {
                    files.add(file);
                }
            } else if ("team".equals(part.getName())) {
                team = text(part);
            } else if ("caseworker".equals(part.getName())) {
                caseworker = text(part);
            }
        }
        Map<String, Object> model = new HashMap<>();
        if (files.isEmpty()) {
            model.put("errors", List.of(new FieldError("file", "Select at least one plan to upload")));
            return HttpResponse.badRequest(new ModelAndView<>("upload", model));
        }
        List<UploadOutcome> outcomes = new ArrayList<>();
        for (CompletedFileUpload file : files) {
            outcomes.add(store(file, user.username(), team, caseworker));
        }
        model.put("outcomes", outcomes);
        model.put("refused", outcomes.stream().filter(o -> !o.accepted()).count());
        return HttpResponse.ok(new ModelAndView<>("upload-result", model));
    }

    private UploadOutcome store(CompletedFileUpload file, String username, String team, String caseworker) {
        String name = file.getFilename();
        try {
            StoredPlan stored = ingest.ingest(file.getBytes(), name, username, team, caseworker);
            return new UploadOutcome(name, true, stored.plan().id(),
                    stored.created() ? "Stored as a new plan version." : "Already stored: this is the same file.");
        } catch (IngestRefusedException refused) {
            return new UploadOutcome(name, false, null, refused.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Page upload of a file failed ({}).", e.getClass().getName());
            return new UploadOutcome(name, false, null, "The file could not be read. Try again, or ask your"
                    + " administrator to look in the service log.");
        }
    }

    private static String text(CompletedPart part) {
        try {
            String value = new String(part.getBytes(), StandardCharsets.UTF_8).strip();
            return value.isEmpty() ? null : value;
        } catch (IOException e) {
            return null;
        }
    }

    /** What happened to one uploaded file. */
    public record UploadOutcome(String fileName, boolean accepted, Long planId, String message) {
    }
}
