package org.ehcpqa.search;

import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.ehcpqa.web.ProblemException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs searches against the shared searcher: text, filters, facets, highlighting and paging. */
@Singleton
public class SearchService {

    private static final int FACET_VALUES = 30;
    private static final SortField TIES = new SortField(SectionFields.ORDER, SortField.Type.LONG);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, TIES);
    private static final Sort BY_DATE = new Sort(
            new SortField(SectionFields.ISSUE_DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE, TIES);
    private static final Set<String> HIT_FIELDS = Set.of(SectionFields.PLAN_ID, SectionFields.VERSION_ID,
            SectionFields.SECTION, SectionFields.TITLE, SectionFields.ANON_TITLE, SectionFields.ISSUE_DATE,
            SectionFields.NEED, SectionFields.PHASE, SectionFields.SETTING, SectionFields.STATUS, SectionFields.TEAM,
            SectionFields.RATING, SectionFields.FLAG);

    private final SectionIndex index;
    private final Analyzer analyzer = SearchAnalyzers.perField();

    public SearchService(SectionIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) {
        Query text = parse(request.q(), SectionQueryParser.forSearch(request.anonymised(), analyzer));
        Query highlight = parse(request.q(), SectionQueryParser.forHighlight(request.anonymised(), analyzer));
        Query query = withFilters(text, request);
        int window = Math.min(SearchRequest.MAX_WINDOW, request.page() * request.size());
        return index.read(searcher -> run(searcher, query, highlight, window, request));
    }

    /** The parsed text query alone, for callers measuring Lucene without the HTTP layer. */
    public Query query(SearchRequest request) {
        return withFilters(parse(request.q(), SectionQueryParser.forSearch(request.anonymised(), analyzer)), request);
    }

    private SearchResult run(IndexSearcher searcher, Query query, Query highlight, int window,
                             SearchRequest request) throws IOException {
        FacetsCollectorManager manager = new FacetsCollectorManager();
        Sort sort = request.order() == SearchRequest.Order.DATE ? BY_DATE : BY_RELEVANCE;
        FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, window, sort, true,
                manager);
        TopDocs top = result.topDocs();
        int from = (request.page() - 1) * request.size();
        int to = Math.min(top.scoreDocs.length, from + request.size());
        List<SearchResult.Hit> hits = new ArrayList<>();
        if (from < to) {
            int[] docIds = new int[to - from];
            for (int i = from; i < to; i++) {
                docIds[i - from] = top.scoreDocs[i].doc;
            }
            String field = request.anonymised() ? SectionFields.ANON_TEXT : SectionFields.TEXT;
            Object[] snippets = new SnippetHighlighter(searcher, analyzer).snippets(field, highlight, docIds);
            StoredFields stored = searcher.storedFields();
            for (int i = from; i < to; i++) {
                ScoreDoc scoreDoc = top.scoreDocs[i];
                Object snippet = snippets[i - from];
                hits.add(hit(stored.document(scoreDoc.doc, HIT_FIELDS), scoreDoc,
                        snippet instanceof Snippet s ? s : Snippet.of("", List.of()), request.anonymised()));
            }
        }
        return new SearchResult(top.totalHits.value(), request.page(), request.size(), request.anonymised(), hits,
                facets(searcher, result));
    }

    private Map<String, Map<String, Long>> facets(IndexSearcher searcher, FacetsCollectorManager.FacetsResult result)
            throws IOException {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        Optional<SortedSetDocValuesReaderState> state = index.facetState(searcher);
        Facets counts = state.isPresent() ? new SortedSetDocValuesFacetCounts(state.get(), result.facetsCollector()) : null;
        for (String dimension : SectionFields.FACETS) {
            Map<String, Long> values = new LinkedHashMap<>();
            if (counts != null) {
                FacetResult top;
                try {
                    top = counts.getTopChildren(FACET_VALUES, dimension);
                } catch (IllegalArgumentException noValuesYet) {
                    top = null;
                }
                if (top != null) {
                    for (LabelAndValue value : top.labelValues) {
                        values.put(value.label, value.value.longValue());
                    }
                }
            }
            facets.put(dimension, values);
        }
        return facets;
    }

    private static SearchResult.Hit hit(Document doc, ScoreDoc scoreDoc, Snippet snippet, boolean anonymised) {
        String title = anonymised ? doc.get(SectionFields.ANON_TITLE) : doc.get(SectionFields.TITLE);
        List<String> flags = new ArrayList<>();
        for (IndexableField flag : doc.getFields(SectionFields.FLAG)) {
            flags.add(flag.stringValue());
        }
        float score = Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score;
        return new SearchResult.Hit(Long.parseLong(doc.get(SectionFields.PLAN_ID)),
                Long.parseLong(doc.get(SectionFields.VERSION_ID)), doc.get(SectionFields.SECTION),
                title == null ? "" : title, snippet.text(), snippet.highlights(), snippet.html(), score,
                doc.get(SectionFields.ISSUE_DATE), doc.get(SectionFields.NEED), doc.get(SectionFields.PHASE),
                doc.get(SectionFields.SETTING), doc.get(SectionFields.STATUS), anonymised ? null : doc.get(SectionFields.TEAM),
                doc.get(SectionFields.RATING), flags);
    }

    private static Query parse(String q, SectionQueryParser parser) {
        if (q == null || q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        try {
            return parser.parseUserQuery(q);
        } catch (ParseException | RuntimeException e) {
            // The parser's own message names grammar tokens; users get a plain sentence.
            throw new ProblemException(400, "bad-query", "The search could not be read",
                    "The search text could not be read: check that quotes and brackets are closed, that AND, OR"
                            + " and NOT have words on both sides, and that a proximity is written as \"two words\"~3.");
        }
    }

    private static Query withFilters(Query text, SearchRequest request) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        request.filters().forEach((field, values) -> {
            if (!SectionFields.FILTERS.contains(field) || values.isEmpty()) {
                return;
            }
            BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
            for (String value : values) {
                anyOf.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.SHOULD);
            }
            builder.add(anyOf.build(), BooleanClause.Occur.FILTER);
        });
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE + 1 : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            builder.add(LongPoint.newRangeQuery(SectionFields.ISSUE_DATE, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }
}
