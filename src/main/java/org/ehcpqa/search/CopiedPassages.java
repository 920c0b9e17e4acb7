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
 * {@code boilerplatePlans} of them, is boilerplate; see {@link #copied} for when a shared run counts.
 */
@Singleton
public class CopiedPassages {

    private static final int CANDIDATES = 25;
    private static final int MAX_CLAUSES = 500;
    private static final Set<String> STORED = Set.of(SectionFields.PLAN_ID, SectionFields.VERSION_ID,
            SectionFields.SECTION, SectionFields.TITLE, SectionFields.TEXT, SectionFields.CHILD_FIRST_NAME);
    /**
     * Each distinctive shingle scores 1, so a candidate's score is how many it shares. Rare shingles
     * covering {@link #DISTINCTIVE_WORDS} words take at least three shingles of eight words, of which
     * at least two differ; a candidate sharing fewer can only count by the other child's name, so it is
     * not re-read word by word (re-reading every candidate was most of the cost of scoring a plan).
     */
    private static final float MIN_SHARED_TERMS = 2f;
    /** Words of a run that rare shingles must cover for a run without another child's name to count. */
    private static final int DISTINCTIVE_WORDS = 24;

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
    public List<SimilarSection> find(String text, @Nullable org.ehcpqa.plan.PlanMetadata metadata,
                                     @Nullable Long planId, int limit) {
        Shingles source = Shingles.of(text);
        if (source.count() == 0) {
            return List.of();
        }
        String child = metadata == null ? null : ChildIdentity.of(metadata).orElse(null);
        String firstName = metadata == null ? null : ChildIdentity.firstName(metadata).orElse(null);
        return index.read(searcher -> find(searcher, source, child, firstName, planId, limit));
    }

    private List<SimilarSection> find(IndexSearcher searcher, Shingles source, @Nullable String child,
                                      @Nullable String firstName, @Nullable Long planId, int limit) throws IOException {
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
        String lowerText = source.text().toLowerCase(java.util.Locale.ROOT);
        for (ScoreDoc candidate : top.scoreDocs) {
            Document doc = searcher.storedFields().document(candidate.doc, STORED);
            if (candidate.score < MIN_SHARED_TERMS && !namesOtherChild(lowerText, doc.get(SectionFields.CHILD_FIRST_NAME),
                    firstName)) {
                continue;
            }
            if (child == null && planId == null && source.text().equals(doc.get(SectionFields.TEXT))) {
                // A plan without a child's name cannot be told from itself but by its text.
                continue;
            }
            String otherName = doc.get(SectionFields.CHILD_FIRST_NAME);
            if (otherName != null && otherName.equals(firstName)) {
                otherName = null;
            }
            List<SharedPassage> passages = shared(source, Shingles.of(doc.get(SectionFields.TEXT)), frequency, threshold,
                    otherName, firstName);
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
    private List<SharedPassage> shared(Shingles source, Shingles other, Map<String, Integer> frequency, int threshold,
                                       @Nullable String otherChild, @Nullable String ownChild) {
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
            List<Shingles.Word> sourceWords = source.words();
            int start = sourceWords.get(first).start();
            int end = sourceWords.get(last + Shingles.WIDTH - 1).end();
            if (words >= minWords && copied(source, first, last, frequency, threshold, otherChild, ownChild)) {
                int otherFirst = otherAt.get(source.hash(first));
                int otherLast = Math.min(other.words().size() - 1, otherAt.get(source.hash(last)) + Shingles.WIDTH - 1);
                passages.add(new SharedPassage(source.text().substring(start, end), words, start, end, other.words().get(otherFirst).start(),
                        other.words().get(otherLast).end()));
            }
        }
        return passages;
    }

    /**
     * Template wording (shingles in many plans) is not copying, however long, and two plans can
     * share a rare joint between two template sentences by chance. A run counts when it names the
     * other child (their name has no business in this plan), or when rare shingles cover at least
     * {@value #DISTINCTIVE_WORDS} of its words. Only the sampled shingles have a known frequency.
     * Shingles holding this child's own name are rare by nature and shared with any namesake, and
     * shingles across a sentence break are rare joints of common sentences, so neither counts
     * towards the rare cover: a rare sentence shared whole is what counts.
     */
    private static boolean copied(Shingles source, int first, int last, Map<String, Integer> frequency, int threshold,
                                  @Nullable String otherChild, @Nullable String ownChild) {
        boolean anyRare = false;
        int covered = 0;
        int coveredTo = -1;
        String own = ownChild == null ? null : ownChild.toLowerCase(java.util.Locale.ROOT);
        for (int i = first; i <= last; i++) {
            long hash = source.hash(i);
            if (source.sampled(i) && frequency.getOrDefault(Shingles.term(hash), 0) < threshold) {
                anyRare = true;
                if (!source.withinSentence(i) || own != null && names(source, i, i + Shingles.WIDTH - 1, own)) {
                    continue;
                }
                int from = Math.max(i, coveredTo + 1);
                int to = i + Shingles.WIDTH - 1;
                covered += Math.max(0, to - from + 1);
                coveredTo = Math.max(coveredTo, to);
            }
        }
        if (!anyRare) {
            return false;
        }
        if (covered >= DISTINCTIVE_WORDS) {
            return true;
        }
        if (otherChild == null) {
            return false;
        }
        return names(source, first, last + Shingles.WIDTH - 1, otherChild.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether this text could name the other section's child at all (a cheap test before reading words). */
    private static boolean namesOtherChild(String lowerText, @Nullable String otherName, @Nullable String ownName) {
        return otherName != null && !otherName.equals(ownName)
                && lowerText.contains(otherName.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether words from..to (inclusive) hold the name, alone or possessive. */
    private static boolean names(Shingles source, int from, int to, String name) {
        for (int w = from; w <= to; w++) {
            String term = source.words().get(w).term();
            if (term.equals(name) || term.equals(name + "'s") || term.equals(name + "’s")) {
                return true;
            }
        }
        return false;
    }
}
