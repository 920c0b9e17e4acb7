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
 * it out of step with the database, rebuilds it, and every judged query answers as before.
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

    /** Each query's first page as plan, section and snippet, in order. */
    private static List<String> answers(SearchService search, List<SearchRequest> requests) {
        List<String> answers = new ArrayList<>();
        for (SearchRequest request : requests) {
            SearchResult result = search.search(request);
            answers.add(request.q() + " " + result.total() + " " + result.hits().stream()
                    .map(hit -> hit.planId() + "/" + hit.section() + ":" + hit.snippet()).toList());
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
