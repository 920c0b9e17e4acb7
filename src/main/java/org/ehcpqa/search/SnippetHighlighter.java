package org.ehcpqa.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.Map;

/** The unified highlighter giving {@link Snippet}s: offsets come from the postings, not re-analysis. */
final class SnippetHighlighter extends UnifiedHighlighter {

    static final int PASSAGES = 2;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1)
                .withMaxLength(20_000));
    }

    /** One snippet per document (null when the field is absent), in the order of {@code docIds}. */
    Object[] snippets(String field, Query query, int[] docIds) throws IOException {
        int[] passages = {PASSAGES};
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {field}, query, docIds, passages);
        return byField.get(field);
    }
}
