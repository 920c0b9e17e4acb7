package org.ehcpqa.search;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.ehcpqa.ingest.IngestService;
import org.ehcpqa.synthetic.DocumentFormat;
import org.ehcpqa.synthetic.HouseStyle;
import org.ehcpqa.synthetic.PlanQuality;
import org.ehcpqa.synthetic.SyntheticPlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index is derived: with its folder deleted while the service is stopped, the next start finds
 * it out of step with the database, rebuilds it, and every judged query answers as before: the same
 * number of sections, the same sections and the same snippet for each.
 *
 * <p>The order of hits is not compared. A plan is indexed when stored and again when scored, and the
 * replaced documents still count in BM25's statistics until Lucene merges them away, so two sections
 * with nearly equal scores may swap places between an index that was updated and one built afresh.
 */
class IndexRestartIT {

    private static final String PASSWORD = "index-restart-password";
    private static final int PLANS = 60;

    @Test
    void deletingTheIndexFolderAndRestartingGivesTheSameAnswersToTheJudgedQueries(@TempDir Path dataDir)
            throws Exception {
        Map<String, Object> properties = Map.of(
                "datasources.default.url", "",
                "ehcpqa.data-dir", dataDir.toString(),
                "ehcpqa.admin.password", PASSWORD,
                "ehcpqa.search.drift-check", "true",
                "micronaut.server.port", -1);
        List<SearchRequest> requests = JudgedQueries.load().queries().stream().map(q -> q.request(false)).toList();

        List<String> before;
        int documents;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApplicationContext context = server.getApplicationContext();
            IngestService ingest = context.getBean(IngestService.class);
            SyntheticPlanGenerator generator = new SyntheticPlanGenerator().withTargetPages(6);
            HouseStyle[] styles = HouseStyle.values();
            PlanQuality[] qualities = PlanQuality.values();
            for (int i = 0; i < PLANS; i++) {
                byte[] plan = generator.generate(7_700L + i, styles[i % styles.length], DocumentFormat.TXT,
                        qualities[i % qualities.length]).content();
                ingest.ingest(plan, "restart-" + i + ".txt", "admin", null, null);
            }
            assertThat(context.getBean(SearchIndexer.class).awaitIdle(Duration.ofMinutes(2))).isTrue();
            documents = context.getBean(SectionIndex.class).documentCount();
            before = answers(context.getBean(SearchService.class), requests);
        }
        assertThat(documents).isGreaterThan(PLANS * 8);
        assertThat(before.stream().filter(answer -> !answer.endsWith("[]")).count())
                .as("the judged queries find something in these plans").isGreaterThan(requests.size() / 2);

        deleteFolder(dataDir.resolve("index"));

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApplicationContext context = server.getApplicationContext();
            SectionIndex index = context.getBean(SectionIndex.class);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (index.documentCount() < documents && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertThat(context.getBean(SearchIndexer.class).awaitIdle(Duration.ofMinutes(2))).isTrue();
            assertThat(index.documentCount()).isEqualTo(documents);
            assertThat(answers(context.getBean(SearchService.class), requests)).isEqualTo(before);
        }
    }

    /** Each query's total and every hit as plan, section and snippet, sorted. */
    private static List<String> answers(SearchService search, List<SearchRequest> requests) {
        List<String> answers = new ArrayList<>();
        for (SearchRequest request : requests) {
            List<String> hits = new ArrayList<>();
            long total;
            int page = 1;
            do {
                SearchResult result = search.search(new SearchRequest(request.q(), request.filters(), null, null,
                        request.order(), page++, SearchRequest.MAX_SIZE, request.anonymised()));
                total = result.total();
                result.hits().forEach(hit -> hits.add(hit.planId() + "/" + hit.section() + ":" + hit.snippet()));
                if (result.hits().isEmpty()) {
                    break;
                }
            } while (hits.size() < total);
            hits.sort(Comparator.naturalOrder());
            answers.add(request.q() + " " + total + " " + hits);
        }
        return answers;
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
