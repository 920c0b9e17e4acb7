package org.ehcpqa.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The query language users type: words (all must appear), "quoted phrases", "proximity"~3, AND, OR,
 * NOT, brackets. There are no field names to learn: a word followed by a colon is read as text.
 * Unquoted words are searched stemmed in the ranked field; quoted phrases in the exact field, so
 * "access to" means those two words together, as written.
 */
final class SectionQueryParser extends QueryParser {

    private final String rankedField;
    private final String phraseField;

    /**
     * @param phraseField where quoted text goes: the exact field for searching, the ranked field
     *                    for highlighting (whose stored text is the one shown)
     */
    SectionQueryParser(String rankedField, String phraseField, Analyzer analyzer) {
        super(rankedField, analyzer);
        this.rankedField = rankedField;
        this.phraseField = phraseField;
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(false);
        setAutoGeneratePhraseQueries(false);
    }

    static SectionQueryParser forSearch(boolean anonymised, Analyzer analyzer) {
        return anonymised ? new SectionQueryParser(SectionFields.ANON_TEXT, SectionFields.ANON_EXACT, analyzer)
                : new SectionQueryParser(SectionFields.TEXT, SectionFields.EXACT, analyzer);
    }

    static SectionQueryParser forHighlight(boolean anonymised, Analyzer analyzer) {
        String field = anonymised ? SectionFields.ANON_TEXT : SectionFields.TEXT;
        return new SectionQueryParser(field, field, analyzer);
    }

    /** Parses user text; a query of NOT clauses alone means "everything except". */
    Query parseUserQuery(String text) throws ParseException {
        Query query = parse(text);
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bool.clauses().forEach(builder::add);
            return builder.build();
        }
        return query;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        String target = quoted ? phraseField : rankedField;
        if (!field.equals(rankedField)) {
            // "Outcome: speak in class" is text, not a field name.
            queryText = field + " " + queryText;
        }
        return super.getFieldQuery(target, queryText, quoted);
    }
}
