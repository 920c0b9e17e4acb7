package org.ehcpqa.search;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.ehcpqa.plan.PlanService;
import org.ehcpqa.plan.PlanView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * At start-up, compares the plan versions in the index with the current versions in the database
 * and repairs the difference on a background thread: versions the index lacks are indexed (all of
 * them after the index folder was deleted), and plans whose indexed version is no longer current,
 * or which are gone, are re-indexed or removed. The database is the source of truth.
 * {@code ehcpqa.search.drift-check: false} turns it off (a benchmark serving an index built
 * without a database).
 */
@Singleton
@Requires(beans = DataSource.class)
@Requires(property = "ehcpqa.search.drift-check", notEquals = "false")
class IndexDriftRepair {

    private static final Logger LOG = LoggerFactory.getLogger(IndexDriftRepair.class);
    private static final int COMMIT_EVERY = 2_000;

    private final SectionIndex index;
    private final PlanService plans;
    private final IndexablePlans indexable;
    private final SearchIndexer indexer;
    private volatile Drift lastDrift;

    /** What the last check found. */
    record Drift(int missing, int stale, boolean finished) {
    }

    IndexDriftRepair(SectionIndex index, PlanService plans, IndexablePlans indexable, SearchIndexer indexer) {
        this.index = index;
        this.plans = plans;
        this.indexable = indexable;
        this.indexer = indexer;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Thread thread = new Thread(this::repair, "search-drift-check");
        thread.setDaemon(true);
        thread.start();
    }

    Optional<Drift> lastDrift() {
        return Optional.ofNullable(lastDrift);
    }

    /** Runs the check and repair on the caller's thread. */
    Drift repair() {
        try {
            Map<Long, Long> indexed = indexedVersions();
            Set<Long> current = new HashSet<>(plans.currentVersionIds());
            Set<Long> indexedVersions = new HashSet<>(indexed.values());
            List<Long> missing = current.stream().filter(v -> !indexedVersions.contains(v)).sorted().toList();
            List<Long> stale = indexed.entrySet().stream().filter(e -> !current.contains(e.getValue()))
                    .map(Map.Entry::getKey).sorted().toList();
            lastDrift = new Drift(missing.size(), stale.size(), false);
            if (!missing.isEmpty() || !stale.isEmpty()) {
                LOG.info("Search index drift: {} plan versions missing, {} plans stale; repairing.", missing.size(),
                        stale.size());
            }
            int sinceCommit = 0;
            for (long versionId : missing) {
                try {
                    Optional<PlanView> plan = plans.findVersion(versionId);
                    if (plan.isPresent()) {
                        index.replace(indexable.of(plan.get()));
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Indexing version {} failed ({}).", versionId, e.getClass().getName());
                }
                if (++sinceCommit >= COMMIT_EVERY) {
                    index.commitAndRefresh();
                    sinceCommit = 0;
                }
            }
            index.commitAndRefresh();
            stale.forEach(indexer::reindexLater);
            lastDrift = new Drift(missing.size(), stale.size(), true);
            return lastDrift;
        } catch (RuntimeException e) {
            LOG.error("The search index check failed ({}); an administrator can rebuild the index.",
                    e.getClass().getName());
            return new Drift(0, 0, false);
        }
    }

    /** Plan id to indexed version id, read from each plan's head document. */
    private Map<Long, Long> indexedVersions() {
        return index.read(searcher -> {
            Map<Long, Long> versions = new HashMap<>();
            TermQuery heads = new TermQuery(new Term(SectionFields.PLAN_HEAD, "1"));
            int count = Math.max(1, searcher.count(heads));
            TopDocs top = searcher.search(heads, count);
            StoredFields stored = searcher.storedFields();
            Set<String> fields = Set.of(SectionFields.PLAN_ID, SectionFields.VERSION_ID);
            for (ScoreDoc doc : top.scoreDocs) {
                var document = stored.document(doc.doc, fields);
                versions.put(Long.parseLong(document.get(SectionFields.PLAN_ID)),
                        Long.parseLong(document.get(SectionFields.VERSION_ID)));
            }
            return versions;
        });
    }
}
