package org.ehcpqa.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;

/** The analyzers of the index, by field; writing and query parsing use the same one. */
final class SearchAnalyzers {

    private SearchAnalyzers() {
    }

    /** English for ranked text, exact for phrases, keyword (untouched) for everything else. */
    static Analyzer perField() {
        Analyzer english = new EnglishAnalyzer();
        Analyzer exact = exact();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                SectionFields.TEXT, english, SectionFields.ANON_TEXT, english,
                SectionFields.TITLE, english, SectionFields.ANON_TITLE, english,
                SectionFields.EXACT, exact, SectionFields.ANON_EXACT, exact));
    }

    /** Standard tokenisation and lower case, nothing else: the words as written, for phrases and shingles. */
    static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }
}
