package org.ehcpqa.search;

import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.privacy.PersonalDataLeaks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance floor of issue 4 on the judged query set: mean precision at 10 of at least 0.9,
 * every exact phrase finds its source first; and a rebuilt index gives the same answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JudgedQueriesTest {

    private final JudgedQueries judged = JudgedQueries.load();
    private SearchFixture fixture;

    @BeforeAll
    void index() {
        fixture = SearchFixture.of(judged.seed(), judged.plans());
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    @Test
    void theJudgedSetIsLargeEnoughAndHasExactPhrases() {
        assertThat(judged.queries()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(judged.queries().stream().filter(JudgedQueries.Judged::isPhrase).count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void meanPrecisionAtTenIsAtLeastNinetyPercent() {
        SearchService search = fixture.search();
        List<String> weak = new ArrayList<>();
        double sum = 0;
        for (JudgedQueries.Judged query : judged.queries()) {
            double precision = precisionAtTen(search, query);
            sum += precision;
            if (precision < 1.0) {
                weak.add(String.format("%.2f %s", precision, query.q()));
            }
        }
        double mean = sum / judged.queries().size();
        System.out.printf("Judged queries: %d, mean precision@10 %.3f; below 1: %s%n", judged.queries().size(), mean, weak);
        assertThat(mean).as("mean precision@10; weak queries: %s", weak).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void everyExactPhraseFindsItsSourceFirst() {
        SearchService search = fixture.search();
        for (JudgedQueries.Judged query : judged.queries().stream().filter(JudgedQueries.Judged::isPhrase).toList()) {
            SearchResult result = search.search(query.request(false));
            assertThat(result.hits()).as(query.q()).isNotEmpty();
            assertThat(result.hits().get(0).planId()).as(query.q()).isEqualTo(query.sourcePlan());
            assertThat(result.hits().get(0).section()).as(query.q()).isEqualTo(query.sourceSection().name());
            assertThat(result.hits().get(0).highlights()).as(query.q()).isNotEmpty();
        }
    }

    @Test
    void anonymisedSnippetsCarryNoPersonalDetailAndNamesCannotBeSearched() {
        SearchService search = fixture.search();
        List<String> leaks = new ArrayList<>();
        int snippets = 0;
        for (JudgedQueries.Judged query : judged.queries()) {
            for (int page = 1; page <= 3; page++) {
                SearchRequest request = new SearchRequest(query.q(), query.filters(), null, null,
                        SearchRequest.Order.RELEVANCE, page, 10, true);
                for (SearchResult.Hit hit : search.search(request).hits()) {
                    snippets++;
                    // The same scan as the whole-corpus floor: names, name words, dates of birth, identifiers.
                    PersonalDataLeaks personal = new PersonalDataLeaks(
                            fixture.truths.get((int) hit.planId() - 1).personal());
                    String shown = hit.title() + "\n" + hit.snippet() + "\n" + hit.snippetHtml().replaceAll("<[^>]*>", "");
                    for (PersonalDataLeaks.Leak leak : personal.find(shown)) {
                        leaks.add(hit.planId() + "/" + hit.section() + ": " + leak.kind() + ", "
                                + leak.value().length() + " characters");
                    }
                }
            }
        }
        assertThat(snippets).isGreaterThan(300);
        assertThat(leaks).isEmpty();
        for (int plan = 0; plan < 20; plan++) {
            var personal = fixture.truths.get(plan).personal();
            String name = personal.childNames().get(0).split(" ")[0];
            String parent = personal.otherNames().get(0).split(" ")[0];
            for (String searched : List.of(name, parent)) {
                SearchRequest byName = new SearchRequest("\"" + searched + "\"", java.util.Map.of(), null, null,
                        SearchRequest.Order.RELEVANCE, 1, 10, true);
                // No plan at all: not the child's own, nor one where a parent shares the name and is
                // named bare ("Emeka can be contacted on ...").
                assertThat(search.search(byName).hits()).as("anonymised search for %s", searched).isEmpty();
                assertThat(search.search(query(searched)).total()).as("the same search on the text as written")
                        .isPositive();
            }
        }
    }

    private static SearchRequest query(String name) {
        return new SearchRequest("\"" + name + "\"", java.util.Map.of(), null, null, SearchRequest.Order.RELEVANCE, 1,
                10, false);
    }

    @Test
    void deletingTheIndexAndRebuildingGivesIdenticalResults() {
        List<List<String>> before = answers();
        fixture.deleteAndRebuild();
        assertThat(answers()).isEqualTo(before);
    }

    private List<List<String>> answers() {
        SearchService search = fixture.search();
        List<List<String>> answers = new ArrayList<>();
        for (JudgedQueries.Judged query : judged.queries()) {
            SearchResult result = search.search(query.request(false));
            List<String> hits = new ArrayList<>();
            hits.add("total=" + result.total());
            result.hits().forEach(hit -> hits.add(hit.planId() + "/" + hit.section() + "/" + hit.score() + "/" + hit.snippet()));
            answers.add(hits);
        }
        return answers;
    }

    /** Relevant hits in the top 10 over min(10, relevant sections in the corpus). */
    private double precisionAtTen(SearchService search, JudgedQueries.Judged query) {
        SearchResult result = search.search(query.request(false));
        int relevantInCorpus = 0;
        for (int i = 0; i < fixture.plans.size(); i++) {
            for (var section : fixture.plans.get(i).sections()) {
                if (!section.text().isBlank() && query.relevant(section.code().name(), section.text())) {
                    relevantInCorpus++;
                }
            }
        }
        if (relevantInCorpus == 0) {
            return 0;
        }
        if (query.isPhrase()) {
            relevantInCorpus = 1;
        }
        int relevant = 0;
        for (SearchResult.Hit hit : result.hits()) {
            boolean good = query.isPhrase()
                    ? hit.planId() == query.sourcePlan() && hit.section().equals(query.sourceSection().name())
                    : query.relevant(hit.section(), fixture.text(hit.planId(), SectionCode.valueOf(hit.section())));
            if (good) {
                relevant++;
            }
        }
        return (double) relevant / Math.min(10, relevantInCorpus);
    }
}
