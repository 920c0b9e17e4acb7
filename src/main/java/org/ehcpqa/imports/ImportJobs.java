package org.ehcpqa.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Import jobs and their items in the database: creating them once staged, and reading progress. */
@Singleton
class ImportJobs {

    static final String SOURCE_UPLOAD = "UPLOAD";
    static final String SOURCE_FOLDER = "FOLDER";

    private final ImportJobRepository jobs;
    private final ImportItemRepository items;

    ImportJobs(ImportJobRepository jobs, ImportItemRepository items) {
        this.jobs = jobs;
        this.items = items;
    }

    /** The job and all its items in one transaction: the files are in the database together or not at all. */
    @Transactional
    long create(String source, String username, @Nullable String team, @Nullable String caseworker,
                List<StagedFile> files) {
        Instant now = Instant.now();
        long jobId = jobs.save(new ImportJobRow(null, source, username, team, caseworker, now)).id();
        List<ImportItemRow> rows = new ArrayList<>(files.size());
        for (StagedFile file : files) {
            rows.add(new ImportItemRow(null, jobId, rows.size(), truncate(file.fileName()), file.sha256(),
                    file.sizeBytes(), file.stagedName(), ItemStatus.PENDING.name(), null, null, null, now, null));
        }
        items.saveAll(rows);
        return jobId;
    }

    @Transactional
    Optional<ImportJobView> find(long jobId) {
        return jobs.findById(jobId).map(job -> view(job, true));
    }

    @Transactional
    List<ImportJobView> recent() {
        return jobs.recent().stream().map(job -> view(job, false)).toList();
    }

    private ImportJobView view(ImportJobRow job, boolean withItems) {
        long id = job.id();
        long pending = items.countByJobIdAndStatus(id, ItemStatus.PENDING.name());
        long processed = items.countByJobIdAndStatus(id, ItemStatus.PROCESSED.name());
        long duplicate = items.countByJobIdAndStatus(id, ItemStatus.DUPLICATE.name());
        long rejected = items.countByJobIdAndStatus(id, ItemStatus.REJECTED.name());
        long total = pending + processed + duplicate + rejected;
        List<ImportItemView> itemViews = withItems
                ? items.findByJobIdOrderByPosition(id).stream().map(ImportItemView::of).toList()
                : null;
        return new ImportJobView(id, job.source(), pending > 0 ? ImportJobView.RUNNING : ImportJobView.COMPLETED,
                total, total - pending, processed, duplicate, rejected, pending, job.createdBy(), job.createdAt(),
                itemViews);
    }

    /** Names longer than the column are cut, keeping the extension readable at the end. */
    private static String truncate(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "unnamed" : fileName;
        return name.length() <= 255 ? name : name.substring(0, 200) + "..." + name.substring(name.length() - 52);
    }
}
