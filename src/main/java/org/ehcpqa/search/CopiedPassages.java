package org.ehcpqa.search;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds passages of a text that sections of other children's plans share, word for word.
 *
 * <p>Candidates come from the sampled 8-word shingles in the index; each candidate is then read
 * and compared shingle by shingle, so a passage is reported only where the words really run
 * together, for at least {@code minWords} words. Boilerplate is wording that many plans share (a
 * council's template): a shingle in at least {@code boilerplateShare} of all plans, and at least in
 * {@code boilerplatePlans} of them, is boilerplate, and a run made mostly of such shingles is not
 * copying.
 */
@Singleton
public class CopiedPassages {

    private static final int CANDIDATES = 25;
    private static final int MAX_CLAUSES = 500;
    private static final Set<String> STORED = Set.of(SectionFields.PLAN_ID, SectionFields.VERSION_ID,
            SectionFields.SECTION, SectionFields.TITLE, SectionFields.TEXT);

    private final SectionIndex index;
    private final int minWords;
    private final double boilerplateShare;
    private final int boilerplatePlans;

    public CopiedPassages(SectionIndex index,
                          @Value("${ehcpqa.search.copied-text.min-words:20}") int minWords,
                          @Value("${ehcpqa.search.copied-text.boilerplate-share:0.05}") double boilerplateShare,
                          @Value("${ehcpqa.search.copied-text.boilerplate-plans:5}") int boilerplatePlans) {
        this.index = index;
        this.minWords = minWords;
        this.boilerplateShare = boilerplateShare;
        this.boilerplatePlans = boilerplatePlans;
    }

    /** Plans in the index; copying cannot be judged against an empty index. */
    public int indexedPlans() {
        return index.read(searcher -> searcher.count(new TermQuery(new Term(SectionFields.PLAN_HEAD, "1"))));
    }

    /**
     * Sections of other plans sharing passages with {@code text}, most shared words first.
     *
     * @param child  the child the text is about (their other plans are not copying); may be null
     * @param planId the plan the text comes from, left out too; may be null
     */
    public List<SimilarSection> find(String text, @Nullable String child, @Nullable Long planId, int limit) {
        Shingles source = Shingles.of(text);
        if (source.count() == 0) {
            return List.of();
        }
        return index.read(searcher -> find(searcher, source, child, planId, limit));
    }

    List<SimilarSection> find(String text, @Nullable org.ehcpqa.plan.PlanMetadata metadata, int limit) {
        return find(text, metadata == null ? null : ChildIdentity.of(metadata).orElse(null), null, limit);
    }

    private List<SimilarSection> find(IndexSearcher searcher, Shingles source, @Nullable String child,
                                      @Nullable Long planId, int limit) throws IOException {
        int plans = searcher.count(new TermQuery(new Term(SectionFields.PLAN_HEAD, "1")));
        if (plans == 0) {
            return List.of();
        }
        int threshold = Math.max(boilerplatePlans, (int) Math.ceil(boilerplateShare * plans));
        IndexReader reader = searcher.getIndexReader();
        Map<String, Integer> frequency = new HashMap<>();
        for (String term : source.sampledTerms()) {
            frequency.put(term, reader.docFreq(new Term(SectionFields.SHINGLES, term)));
        }
        List<String> distinctive = frequency.entrySet().stream()
                .filter(e -> e.getValue() > 0 && e.getValue() < threshold)
                .sorted(Map.Entry.comparingByValue()).limit(MAX_CLAUSES).map(Map.Entry::getKey).toList();
        if (distinctive.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : distinctive) {
            query.add(new ConstantScoreQuery(new TermQuery(new Term(SectionFields.SHINGLES, term))),
                    BooleanClause.Occur.SHOULD);
        }
        if (child != null) {
            query.add(new TermQuery(new Term(SectionFields.CHILD, child)), BooleanClause.Occur.MUST_NOT);
        }
        if (planId != null) {
            query.add(new TermQuery(new Term(SectionFields.PLAN_ID, Long.toString(planId))), BooleanClause.Occur.MUST_NOT);
        }
        TopDocs top = searcher.search(query.build(), CANDIDATES);
        List<SimilarSection> found = new ArrayList<>();
        for (ScoreDoc candidate : top.scoreDocs) {
            Document doc = searcher.storedFields().document(candidate.doc, STORED);
            if (child == null && planId == null && source.text().equals(doc.get(SectionFields.TEXT))) {
                // A plan without a child's name cannot be told from itself but by its text.
                continue;
            }
            List<SharedPassage> passages = shared(source, Shingles.of(doc.get(SectionFields.TEXT)), frequency, threshold);
            if (!passages.isEmpty()) {
                int words = passages.stream().mapToInt(SharedPassage::words).sum();
                found.add(new SimilarSection(Long.parseLong(doc.get(SectionFields.PLAN_ID)),
                        Long.parseLong(doc.get(SectionFields.VERSION_ID)), doc.get(SectionFields.SECTION),
                        doc.get(SectionFields.TITLE), words, passages));
            }
        }
        found.sort(Comparator.comparingInt(SimilarSection::sharedWords).reversed());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    /** Runs of shingles both texts hold, long enough and not mostly boilerplate. */
    private List<SharedPassage> shared(Shingles source, Shingles other, Map<String, Integer> frequency, int threshold) {
        Map<Long, Integer> otherAt = new HashMap<>();
        for (int i = 0; i < other.count(); i++) {
            otherAt.putIfAbsent(other.hash(i), i);
        }
        List<SharedPassage> passages = new ArrayList<>();
        int i = 0;
        while (i < source.count()) {
            if (!otherAt.containsKey(source.hash(i))) {
                i++;
                continue;
            }
            int first = i;
            while (i < source.count() && otherAt.containsKey(source.hash(i))) {
                i++;
            }
            int last = i - 1;
            int words = last - first + Shingles.WIDTH;
            if (words >= minWords && !boilerplate(source, first, last, frequency, threshold)) {
                List<Shingles.Word> sourceWords = source.words();
                int start = sourceWords.get(first).start();
                int end = sourceWords.get(last + Shingles.WIDTH - 1).end();
                int otherFirst = otherAt.get(source.hash(first));
                int otherLast = Math.min(other.words().size() - 1, otherAt.get(source.hash(last)) + Shingles.WIDTH - 1);
                passages.add(new SharedPassage(source.text().substring(start, end), words, start, end, other.words().get(otherFirst).start(),
                        other.words().get(otherLast).end()));
            }
        }
        return passages;
    }

    /** Judged by the sampled shingles of the run; a run without any cannot be judged and is not reported. */
    private static boolean boilerplate(Shingles source, int first, int last, Map<String, Integer> frequency,
                                       int threshold) {
        Set<String> sampled = new HashSet<>();
        for (int i = first; i <= last; i++) {
            if (Shingles.sampled(source.hash(i))) {
                sampled.add(Shingles.term(source.hash(i)));
            }
        }
        if (sampled.isEmpty()) {
            return true;
        }
        long common = sampled.stream().filter(term -> frequency.getOrDefault(term, 0) >= threshold).count();
        return common * 2 > sampled.size();
    }
}
