package org.ehcpqa.scoring.assessment;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.ehcpqa.search.SearchIndexer;
import org.ehcpqa.search.SearchRequest;
import org.ehcpqa.search.SearchResult;
import org.ehcpqa.search.SearchService;
import org.ehcpqa.ingest.IngestService;
import org.ehcpqa.plan.StoredVersion;
import org.ehcpqa.support.SamplePlans;
import org.ehcpqa.support.TestApplication;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans stored by a bulk import are scored after the store returns, on a background queue, and a
 * version the queue lost (a restart) is found again by the start-up check. Not transactional: the
 * background thread must see what the test stored.
 */
@MicronautTest(transactional = false)
class ScoreOnIngestBackgroundIT implements TestApplication {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Inject
    IngestService ingest;
    @Inject
    ScoreOnIngest scoreOnIngest;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    SearchIndexer indexer;
    @Inject
    SearchService search;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestApplication.super.getProperties());
        properties.put("ehcpqa.assessment.bulk-scoring-pause", "200ms");
        return properties;
    }

    @Test
    void aBulkStoredPlanIsScoredInTheBackgroundWithEveryFramework() throws Exception {
        StoredVersion stored = ingest.ingestInBulk(plan("Bryn Background"), "bulk-scored.txt", ADMIN, null, null);

        assertThat(stored.created()).isTrue();
        awaitAssessments(stored.versionId(), 2);
    }

    @Test
    void aBulkStoredPlanIsIndexedOnceScoredWithItsSuggestedRatings() throws Exception {
        String marker = "bulkindexed" + UUID.randomUUID().toString().replace("-", "");
        StoredVersion stored = ingest.ingestInBulk(SamplePlans.text("Gethin Bulk", "04/04/2016", "05/05/2025", marker),
                "bulk-indexed.txt", ADMIN, null, null);
        awaitAssessments(stored.versionId(), 2);
        assertThat(indexer.awaitIdle(PATIENCE)).isTrue();

        SearchResult found = search.search(new SearchRequest(marker, Map.of(), null, null,
                SearchRequest.Order.RELEVANCE, 1, 20, false));

        assertThat(found.hits()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.planId()).isEqualTo(stored.planId());
            assertThat(hit.rating()).as("indexed after scoring, with the suggested rating").isNotBlank();
        });
    }

    @Test
    void aVersionWhoseScoringWasLostIsScoredAfterTheNextStart() throws Exception {
        StoredVersion stored = ingest.ingestInBulk(plan("Lowri Lost"), "lost-scoring.txt", ADMIN, null, null);
        awaitAssessments(stored.versionId(), 2);
        // As if the service had stopped with this version still queued: no assessment in the database.
        transactions.executeWrite(status -> {
            try (PreparedStatement delete = status.getConnection()
                    .prepareStatement("DELETE FROM assessment WHERE version_id = ?")) {
                delete.setLong(1, stored.versionId());
                return delete.executeUpdate();
            }
        });
        assertThat(assessments(stored.versionId())).isZero();

        scoreOnIngest.onStartup(null);

        awaitAssessments(stored.versionId(), 2);
    }

    private static byte[] plan(String childName) {
        return SamplePlans.text(childName, "04/04/2016", "05/05/2025", UUID.randomUUID().toString());
    }

    private void awaitAssessments(long versionId, int expected) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (assessments(versionId) < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(assessments(versionId)).isEqualTo(expected);
    }

    private int assessments(long versionId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement query = status.getConnection()
                    .prepareStatement("SELECT COUNT(*) FROM assessment WHERE version_id = ?")) {
                query.setLong(1, versionId);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }
}
