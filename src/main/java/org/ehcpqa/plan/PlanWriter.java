package org.ehcpqa.plan;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLIntegrityConstraintViolationException;

/** Writes one plan version with its sections, all or nothing. */
@Singleton
class PlanWriter {

    /** The ids a write produced. */
    record Written(long planId, long versionId) {
    }

    private static final String INSERT_SECTION = "INSERT INTO plan_section"
            + " (version_id, position, code, title, body, start_page) VALUES (?, ?, ?, ?, ?, ?)";

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final OriginalFileRepository originalFiles;
    private final JdbcOperations jdbc;

    PlanWriter(PlanRepository plans, PlanVersionRepository versions, OriginalFileRepository originalFiles,
               JdbcOperations jdbc) {
        this.plans = plans;
        this.versions = versions;
        this.originalFiles = originalFiles;
        this.jdbc = jdbc;
    }

    @Transactional
    void assign(long planId, String team, String caseworker) {
        plans.updateAssignment(planId, team, caseworker);
    }

    /** @return the ids of the plan and of the new version */
    @Transactional
    Written write(NewPlanVersion version) {
        try {
            originalFiles.insertIfAbsent(version.sha256(), version.content().length, version.mediaType());
            String childKey = ChildKey.of(version.metadata()).orElse(null);
            PlanRow existing = childKey == null ? null : plans.findByChildKey(childKey).orElse(null);
            PlanRow plan = existing != null ? existing
                    : plans.save(new PlanRow(null, childKey, version.team(), version.caseworker(), null));
            // A plan row made just now has no versions yet: no need to ask for its highest number.
            int number = existing == null ? 1 : versions.maxVersionNumber(plan.id()) + 1;
            PlanVersionRow row = versions.save(toRow(plan.id(), number, version));
            insertSections(row.id(), version);
            if (becomesCurrent(plan, version)) {
                plans.updateCurrentVersion(plan.id(), row.id());
            }
            return new Written(plan.id(), row.id());
        } catch (DataAccessException e) {
            if (isDuplicateKey(e)) {
                throw new DuplicateRowException(e);
            }
            throw e;
        }
    }

    /**
     * All sections in one JDBC batch on the transaction's connection: one round trip instead of one
     * INSERT (and one generated-key read) per section; nothing needs the section ids.
     */
    private void insertSections(long versionId, NewPlanVersion version) {
        if (version.sections().isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT_SECTION, (PreparedStatement statement) -> {
            int position = 0;
            for (PlanSection section : version.sections()) {
                statement.setLong(1, versionId);
                statement.setInt(2, position++);
                statement.setString(3, section.code().name());
                statement.setString(4, section.title());
                statement.setString(5, section.text());
                statement.setInt(6, section.startPage());
                statement.addBatch();
            }
            statement.executeBatch();
            return null;
        });
    }

    /** The current version is the one issued last; a late-arriving older plan joins the history only. */
    private boolean becomesCurrent(PlanRow plan, NewPlanVersion version) {
        if (plan.currentVersionId() == null) {
            return true;
        }
        var current = versions.findById(plan.currentVersionId()).orElse(null);
        if (current == null || current.issueDate() == null || version.metadata().issueDate() == null) {
            return true;
        }
        return !version.metadata().issueDate().isBefore(current.issueDate());
    }

    private static PlanVersionRow toRow(long planId, int number, NewPlanVersion version) {
        PlanMetadata m = version.metadata();
        return new PlanVersionRow(null, planId, number, version.sha256(), version.fileName(), version.mediaType(),
                version.status().name(), version.pageCount(), m.childName(), m.dateOfBirth(), m.issueDate(),
                m.issueStatus() == null ? null : m.issueStatus().name(), m.primaryNeed(), m.setting(),
                m.ageAtIssue(), m.schoolYear(), String.join("\n", version.warnings()), version.ingestedBy(), null);
    }

    private static boolean isDuplicateKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
