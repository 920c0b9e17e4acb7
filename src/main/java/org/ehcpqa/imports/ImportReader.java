package org.ehcpqa.imports;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Import progress for other features (pages), the same views GET /api/imports serves. */
@Singleton
public class ImportReader {

    private final ImportJobs jobs;

    ImportReader(ImportJobs jobs) {
        this.jobs = jobs;
    }

    /** The 50 most recent imports, newest first, without their files. */
    public List<ImportJobView> recent() {
        return jobs.recent();
    }

    public Optional<ImportJobView> find(long jobId) {
        return jobs.find(jobId);
    }
}
