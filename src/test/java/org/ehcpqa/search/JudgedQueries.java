package org.ehcpqa.search;

import org.ehcpqa.plan.SectionCode;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The judged query set in src/test/resources/search/judged-queries.yaml. */
record JudgedQueries(long seed, int plans, List<Judged> queries) {

    /** One query with its judgement: a rule over section text, or the source of an exact phrase. */
    record Judged(String q, Map<String, List<String>> filters, List<String> sections, List<String> all,
                  List<String> any, Long sourcePlan, SectionCode sourceSection) {

        boolean isPhrase() {
            return sourcePlan != null;
        }

        boolean relevant(String section, String text) {
            if (isPhrase()) {
                return section.equals(sourceSection.name());
            }
            String lower = text.toLowerCase(Locale.ROOT);
            return (sections.isEmpty() || sections.contains(section))
                    && all.stream().allMatch(s -> lower.contains(s.toLowerCase(Locale.ROOT)))
                    && (any.isEmpty() || any.stream().anyMatch(s -> lower.contains(s.toLowerCase(Locale.ROOT))));
        }

        SearchRequest request(boolean anonymised) {
            return new SearchRequest(q, filters, null, null, SearchRequest.Order.RELEVANCE, 1, 10, anonymised);
        }
    }

    @SuppressWarnings("unchecked")
    static JudgedQueries load() {
        try (InputStream in = JudgedQueries.class.getResourceAsStream("/search/judged-queries.yaml")) {
            Map<String, Object> root = new Yaml().load(in);
            Map<String, Object> corpus = (Map<String, Object>) root.get("corpus");
            List<Judged> judged = new ArrayList<>();
            for (Map<String, Object> q : (List<Map<String, Object>>) root.get("queries")) {
                Map<String, Object> source = (Map<String, Object>) q.get("source");
                judged.add(new Judged((String) q.get("q"),
                        (Map<String, List<String>>) q.getOrDefault("filters", Map.of()),
                        (List<String>) q.getOrDefault("sections", List.of()),
                        (List<String>) q.getOrDefault("all", List.of()),
                        (List<String>) q.getOrDefault("any", List.of()),
                        source == null ? null : ((Number) source.get("plan")).longValue(),
                        source == null ? null : SectionCode.valueOf((String) source.get("section"))));
            }
            return new JudgedQueries(((Number) corpus.get("seed")).longValue(), (Integer) corpus.get("plans"), judged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
