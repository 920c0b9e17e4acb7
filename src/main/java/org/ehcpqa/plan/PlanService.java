package org.ehcpqa.plan;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * The plan feature's entry point: storing accepted files as plan versions and reading them back.
 */
@Singleton
public class PlanService {

    private final PlanWriter writer;
    private final PlanReader reader;
    private final OriginalStore originals;
    private final ApplicationEventPublisher<PlanVersionStored> events;
    private final ApplicationEventPublisher<PlanAssigned> assignments;

    PlanService(PlanWriter writer, PlanReader reader, OriginalStore originals,
                ApplicationEventPublisher<PlanVersionStored> events, ApplicationEventPublisher<PlanAssigned> assignments) {
        this.writer = writer;
        this.reader = reader;
        this.originals = originals;
        this.events = events;
        this.assignments = assignments;
    }

    /**
     * Stores the original, then the plan, version and sections in one transaction. The same
     * bytes stored twice give the existing plan; a race between two identical uploads ends the
     * same way because the digest is unique in the database.
     */
    public StoredPlan store(NewPlanVersion version) {
        // No lookup by digest first: callers have just made one (IngestService does, to skip extraction),
        // and the unique digest in plan_version answers the rare repeat below.
        // The original goes first: a row must never point at bytes that are not on disk.
        originals.put(version.sha256(), version.content());
        DuplicateRowException lastRace = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                long versionId = writer.write(version).versionId();
                PlanView stored = reader.findVersion(versionId).orElseThrow();
                events.publishEvent(new PlanVersionStored(stored.id(), versionId));
                return new StoredPlan(stored, true);
            } catch (DuplicateRowException race) {
                // Either the same bytes were stored meanwhile (answer with them), or another
                // version of the same child took the plan row or version number (try again).
                Optional<PlanView> stored = reader.findBySha256(version.sha256());
                if (stored.isPresent()) {
                    return new StoredPlan(stored.get(), false);
                }
                lastRace = race;
            }
        }
        throw lastRace;
    }

    /**
     * As {@link #store}, for a bulk import: durable and transactional alike, but answers with the ids
     * only (nothing reads the stored version back) and marks the event as bulk, so derived work such
     * as scoring may follow in the background.
     */
    public StoredVersion storeInBulk(NewPlanVersion version) {
        originals.put(version.sha256(), version.content());
        DuplicateRowException lastRace = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                PlanWriter.Written written = writer.write(version);
                events.publishEvent(new PlanVersionStored(written.planId(), written.versionId(), true));
                return new StoredVersion(written.planId(), written.versionId(), true, null);
            } catch (DuplicateRowException race) {
                Optional<StoredVersion> stored = findStoredBySha256(version.sha256());
                if (stored.isPresent()) {
                    return stored.get();
                }
                lastRace = race;
            }
        }
        throw lastRace;
    }

    /** The version already stored with these bytes, by its ids, without reading its sections. */
    @Transactional
    public Optional<StoredVersion> findStoredBySha256(String sha256) {
        return reader.findVersionRowBySha256(sha256)
                .map(row -> new StoredVersion(row.planId(), row.id(), false, row.ingestedAt()));
    }

    @Transactional
    public Optional<PlanView> find(long planId) {
        return reader.findCurrent(planId);
    }

    @Transactional
    public Optional<PlanView> findVersion(long planId, long versionId) {
        return reader.findVersion(versionId).filter(view -> view.id() == planId);
    }

    /** A version by its id alone, for jobs that walk {@link #currentVersionIds()}. */
    @Transactional
    public Optional<PlanView> findVersion(long versionId) {
        return reader.findVersion(versionId);
    }

    @Transactional
    public Optional<PlanView> findBySha256(String sha256) {
        return reader.findBySha256(sha256);
    }

    @Transactional
    public long count() {
        return reader.countPlans();
    }

    /** The current version of every plan, for jobs that rescore or reindex everything. */
    @Transactional
    public List<Long> currentVersionIds() {
        return reader.currentVersionIds();
    }

    @Transactional
    public List<VersionSummary> versions(long planId) {
        return reader.versions(planId);
    }

    /** The original of the plan's current version, or of the given version, verified by digest. */
    @Transactional
    public Optional<OriginalDocument> original(long planId, Long versionId) {
        Optional<PlanView> view = versionId == null ? find(planId) : findVersion(planId, versionId);
        return view.map(plan -> new OriginalDocument(plan.id(), plan.versionId(), plan.fileName(),
                plan.mediaType(), originals.get(plan.sha256())));
    }

    /**
     * Sets the team and caseworker by hand (an import may not have known them), so trends can be cut by them. A
     * null argument leaves the value as it is; a blank one clears it. Not one transaction: the change is one
     * committed update, and the event must follow the commit so the search index reads the new team.
     */
    public Optional<PlanView> assign(long planId, @Nullable String team, @Nullable String caseworker) {
        return reader.findCurrent(planId).map(plan -> {
            writer.assign(planId, team == null ? plan.team() : blankToNull(team),
                    caseworker == null ? plan.caseworker() : blankToNull(caseworker));
            assignments.publishEvent(new PlanAssigned(planId));
            return reader.findCurrent(planId).orElseThrow();
        });
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }
}
