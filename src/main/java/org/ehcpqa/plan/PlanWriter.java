package org.ehcpqa.plan;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;

/** Writes one plan version with its sections, all or nothing. */
@Singleton
class PlanWriter {

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanSectionRepository sections;
    private final OriginalFileRepository originalFiles;

    PlanWriter(PlanRepository plans, PlanVersionRepository versions, PlanSectionRepository sections,
               OriginalFileRepository originalFiles) {
        this.plans = plans;
        this.versions = versions;
        this.sections = sections;
        this.originalFiles = originalFiles;
    }

    @Transactional
    void assign(long planId, String team, String caseworker) {
        plans.updateAssignment(planId, team, caseworker);
    }

    /** @return the id of the new version */
    @Transactional
    long write(NewPlanVersion version) {
        try {
            originalFiles.insertIfAbsent(version.sha256(), version.content().length, version.mediaType());
            PlanRow plan = planFor(version);
            int number = versions.maxVersionNumber(plan.id()) + 1;
            PlanVersionRow row = versions.save(toRow(plan.id(), number, version));
            List<PlanSectionRow> sectionRows = new ArrayList<>(version.sections().size());
            int position = 0;
            for (PlanSection section : version.sections()) {
                sectionRows.add(new PlanSectionRow(null, row.id(), position++, section.code().name(),
                        section.title(), section.text(), section.startPage()));
            }
            sections.saveAll(sectionRows);
            if (becomesCurrent(plan, version)) {
                plans.updateCurrentVersion(plan.id(), row.id());
            }
            return row.id();
        } catch (DataAccessException e) {
            if (isDuplicateKey(e)) {
                throw new DuplicateRowException(e);
            }
            throw e;
        }
    }

    private PlanRow planFor(NewPlanVersion version) {
        String childKey = ChildKey.of(version.metadata()).orElse(null);
        if (childKey != null) {
            var existing = plans.findByChildKey(childKey);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        return plans.save(new PlanRow(null, childKey, version.team(), version.caseworker(), null));
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
