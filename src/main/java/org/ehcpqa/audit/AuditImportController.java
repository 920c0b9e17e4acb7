package org.ehcpqa.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ehcpqa.security.Roles;
import org.ehcpqa.web.Problem;
import org.ehcpqa.web.ProblemResponses;

import java.io.IOException;

@Controller("/api/audits/import")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.QA_OFFICER})
@Tag(name = "Audits")
class AuditImportController {

    private final AuditImporter importer;
    private final JsonMapper mapper;

    AuditImportController(AuditImporter importer, JsonMapper mapper) {
        this.importer = importer;
        this.mapper = mapper;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import historical audits from a CSV or XLSX file (part \"file\") with a JSON column mapping"
            + " (part \"mapping\"); all or nothing: a file with a bad row is refused with every bad row named")
    HttpResponse<?> importAudits(@Part("file") CompletedFileUpload file, @Nullable @Part("mapping") String mapping,
                                 Authentication user) throws IOException {
        if (mapping == null || mapping.isBlank()) {
            return ProblemResponses.of(Problem.of("invalid-mapping", "Invalid request", 422, "Send the column mapping"
                    + " as JSON in the multipart part \"mapping\"."));
        }
        ImportMapping parsed;
        try {
            parsed = mapper.readValue(mapping, ImportMapping.class);
        } catch (IOException | RuntimeException e) {
            return ProblemResponses.of(Problem.of("invalid-mapping", "Invalid request", 422, "The column mapping is"
                    + " not valid JSON of the documented shape."));
        }
        try {
            ImportReport report = importer.importFile(file.getFilename(), file.getBytes(), parsed, user.getName());
            return HttpResponse.created(report);
        } catch (AuditImporter.Rejected rejected) {
            return ProblemResponses.of(new Problem(Problem.typeFor("import-rejected"), "Import rejected", 422,
                    rejected.getMessage(), null, rejected.errors()));
        }
    }
}
