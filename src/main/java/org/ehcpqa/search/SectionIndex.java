package org.ehcpqa.search;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ehcpqa.system.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one IndexWriter and the shared, refreshed searcher of {@code <data>/index}, open for the life
 * of the service. Writes become visible to searches at {@link #commitAndRefresh()}.
 */
@Singleton
public class SectionIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SectionIndex.class);

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = SectionFields.facetsConfig();
    private final SectionDocuments documents = new SectionDocuments(facetsConfig);
    private volatile FacetState facetState;

    /** Facet ordinals belong to one reader; they are rebuilt when the searcher moves on. */
    private record FacetState(IndexReader reader, Optional<SortedSetDocValuesReaderState> state) {
    }

    public SectionIndex(DataDirectory data, @Value("${ehcpqa.search.ram-buffer-mb:48}") double ramBufferMb) {
        this(data.resolve("index"), ramBufferMb);
    }

    SectionIndex(Path folder, double ramBufferMb) {
        this.folder = folder;
        try {
            directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.perField());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(ramBufferMb);
            config.setCommitOnClose(true);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder, e);
        }
    }

    Path folder() {
        return folder;
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** Replaces every document of the plan with those of the given version (none when it has no text). */
    public void replace(IndexablePlan plan) {
        List<Document> docs = documents.of(plan);
        Term id = new Term(SectionFields.PLAN_ID, Long.toString(plan.plan().id()));
        try {
            if (docs.isEmpty()) {
                writer.deleteDocuments(id);
            } else {
                writer.updateDocuments(id, docs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a plan known to be absent (a rebuild after {@link #deleteAll()}): no delete to apply. */
    void add(IndexablePlan plan) {
        try {
            writer.addDocuments(documents.of(plan));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(long planId) {
        try {
            writer.deleteDocuments(new Term(SectionFields.PLAN_ID, Long.toString(planId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every write durable and visible to the next search. */
    public void commitAndRefresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a read against the current searcher, released afterwards even when the read throws. */
    public <T> T read(SearcherRead<T> read) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return read.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                LOG.warn("Releasing a searcher failed ({}).", e.getClass().getName());
            }
        }
    }

    /** A read that may throw Lucene's IOException. */
    @FunctionalInterface
    public interface SearcherRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Facet ordinals for the searcher's reader; empty while no document has facets. */
    Optional<SortedSetDocValuesReaderState> facetState(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        synchronized (this) {
            current = facetState;
            if (current != null && current.reader() == reader) {
                return current.state();
            }
            Optional<SortedSetDocValuesReaderState> state;
            try {
                state = Optional.of(new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
            } catch (IllegalArgumentException noFacetsYet) {
                state = Optional.empty();
            }
            facetState = new FacetState(reader, state);
            return state;
        }
    }

    /** Live section documents. */
    public int documentCount() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Plans with at least one section in the index (each plan's first section is its head document). */
    public int planCount() {
        return read(searcher -> searcher.count(new TermQuery(new Term(SectionFields.PLAN_HEAD, "1"))));
    }

    @Override
    @PreDestroy
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("Closing the search index failed ({}).", e.getClass().getName());
        }
    }
}
