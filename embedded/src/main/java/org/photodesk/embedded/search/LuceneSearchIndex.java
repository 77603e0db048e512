package org.photodesk.embedded.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.search.DocumentOrder;
import org.photodesk.core.search.IndexDamagedException;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SearchIndex} on a local Lucene index in one directory: thread-safe, one open {@link IndexWriter}, and
 * searchers that see exactly the last commit.
 *
 * <p>The commit user data holds the store change the index reflects and the schema version; an index written with
 * another schema version is emptied on open, so that start-up replays the whole store into it. {@link #close()}
 * commits nothing: changes after the last {@link #commit(long)} are dropped, and replayed from the store next time.
 * Segments are sorted in the default order (newest taken first), so a search in that order stops reading a segment
 * once it has its page, and the facets of the empty query, the desk's default view, are counted once per commit.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);
    private static final String STORE_CHANGE = "storeChange";
    private static final String SCHEMA = "schema";
    private static final int TOP_FACET_VALUES = 20;
    /** From this offset on, a page is cut from the sort keys of every hit ({@link DeepPage}), not from a queue. */
    private static final int DEEP_OFFSET = 1000;

    private final IndexSchema schema = new IndexSchema();
    private final LuceneQueries queries = new LuceneQueries();
    private final FacetOrdinals ordinals = new FacetOrdinals();
    private final Directory directory;
    /** Null when the index was opened to read only. */
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Path location;
    /**
     * The store change of the last {@link #commit}, searchable at once; made durable by a Lucene commit at most
     * {@link #DURABLE_AFTER_MS} later or on {@link #close}. Only for an index opened to write.
     */
    private volatile long storeChange;
    /** Makes published changes durable a moment later, once for a burst of commits; null when read-only. */
    private final java.util.concurrent.ScheduledExecutorService committer;
    /** The durable commit waiting to run, if any; guarded by this. */
    private java.util.concurrent.ScheduledFuture<?> pending;
    private boolean closed;
    /** Whether documents were written since the last {@link #commit} (they are not synced until the next one). */
    private volatile boolean unpublished;
    /**
     * How long a change is searchable before it is synced to disk. A crash in between loses nothing: the store is
     * the source of truth and the index replays the changes after its last durable commit when it opens again.
     */
    static final long DURABLE_AFTER_MS = 1000;
    /** The state of each photo written or deleted since the last commit ({@link DocumentOrder}); guarded by this. */
    private final Map<Long, Long> written = new HashMap<>();
    /** Whether the index was cleared since the last commit: committed documents no longer count; guarded by this. */
    private boolean cleared;

    /** Whether {@code e}, thrown when opening an index, says another process holds the index's write lock. */
    public static boolean heldElsewhere(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.lucene.store.LockObtainFailedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is damaged, when {@code e} (thrown opening or reading an index) says the index's files are corrupt,
     * truncated or missing; empty when it says something else (a lock held elsewhere, a read-only folder, a full
     * disk, a permission), which rebuilding would not fix.
     */
    public static Optional<String> damage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.lucene.store.LockObtainFailedException) {
                return Optional.empty();
            }
            Optional<String> found = damageOf(t);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> damageOf(Throwable t) {
        return switch (t) {
            case org.apache.lucene.index.IndexFormatTooOldException old ->
                    Optional.of("written in an older, unreadable format");
            case org.apache.lucene.index.IndexFormatTooNewException young -> Optional.of("written in a newer format");
            case org.apache.lucene.index.CorruptIndexException c ->
                    Optional.of("a file is corrupt: " + fileOf(c.getOriginalMessage()));
            case java.io.EOFException eof -> Optional.of("a file is truncated");
            case java.nio.file.NoSuchFileException missing ->
                    Optional.of("a file is missing: " + fileName(missing.getFile()));
            case org.apache.lucene.index.IndexNotFoundException none -> Optional.empty();
            case java.io.FileNotFoundException missing -> Optional.of("a file is missing");
            default -> Optional.empty();
        };
    }

    private static String fileOf(String message) {
        return message == null ? "checksum or header mismatch" : message.length() > 120 ? message.substring(0, 120) : message;
    }

    private static String fileName(String path) {
        return path == null ? "unknown" : Path.of(path).getFileName().toString();
    }

    /** Opens the index in {@code directory}, creating the directory and an empty index when missing. */
    public LuceneSearchIndex(Path directory) {
        Directory dir = null;
        IndexWriter w = null;
        try {
            Files.createDirectories(directory);
            dir = FSDirectory.open(directory);
            boolean reuse = reusable(dir);
            w = new IndexWriter(dir, writerConfig(reuse));
            if (!reuse) {
                w.setLiveCommitData(userData(0).entrySet());
                w.commit();
            }
            this.storeChange = parseStoreChange(SegmentInfos.readLatestCommit(dir).getUserData()
                    .getOrDefault(STORE_CHANGE, "0"));
            this.searchers = new SearcherManager(w, new FacetingSearcherFactory());
        } catch (IOException | RuntimeException e) {
            closeQuietly(w, e);
            closeQuietly(dir, e);
            throw e instanceof IOException io ? new UncheckedIOException("cannot open the search index in " + directory
                    + " (" + io.getMessage() + "): check that the directory is writable and not used by another"
                    + " process", io) : (RuntimeException) e;
        }
        this.directory = dir;
        this.writer = w;
        this.location = directory;
        this.committer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("search-index-commit").factory());
    }

    /** An index that only reads the last commit of {@code dir} (or, when null, of an empty index in memory). */
    private LuceneSearchIndex(Directory dir, Path location) throws IOException {
        this.directory = dir == null ? emptyIndex() : dir;
        this.writer = null;
        this.location = location;
        this.searchers = new SearcherManager(this.directory, new FacetingSearcherFactory());
        this.committer = null;
    }

    /**
     * Opens the index in {@code directory} to search it only: nothing is created, locked or written, so it can be
     * read in a read-only folder, on a full disk or while another process writes it. A missing index, or one of
     * another schema version, reads as empty, at store change 0.
     *
     * @throws UncheckedIOException when it cannot be read ({@link #damage} says whether its files are damaged)
     */
    public static LuceneSearchIndex openReadOnly(Path directory) {
        Directory dir = null;
        try {
            if (!Files.isDirectory(directory)) {
                return new LuceneSearchIndex(null, directory);
            }
            dir = FSDirectory.open(directory);
            if (!DirectoryReader.indexExists(dir) || !schemaMatches(dir)) {
                dir.close();
                return new LuceneSearchIndex(null, directory);
            }
            return new LuceneSearchIndex(dir, directory);
        } catch (IOException | RuntimeException e) {
            closeQuietly(dir, e);
            throw e instanceof IOException io ? new UncheckedIOException("cannot read the search index in "
                    + directory + ": " + io.getMessage(), io) : (RuntimeException) e;
        }
    }

    /** An empty index in memory, committed at store change 0. */
    private static Directory emptyIndex() throws IOException {
        Directory memory = new org.apache.lucene.store.ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(memory, writerConfig(false))) {
            w.setLiveCommitData(userData(0).entrySet());
            w.commit();
        }
        return memory;
    }

    private static void closeQuietly(AutoCloseable closeable, Exception cause) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception suppressed) {
                cause.addSuppressed(suppressed);
            }
        }
    }

    private static IndexWriterConfig writerConfig(boolean reuse) {
        return new IndexWriterConfig(IndexSchema.analyzer())
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(64)
                .setIndexSort(sort(SearchRequest.Sort.TAKEN))
                .setOpenMode(reuse ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
    }

    /**
     * Whether the index in {@code dir} can be appended to: it exists and has this schema. Read under the index's
     * write lock, so that another process's commit cannot make a file vanish mid-read (which would look like damage);
     * when another process holds the lock, this throws {@link org.apache.lucene.store.LockObtainFailedException}.
     */
    private static boolean reusable(Directory dir) throws IOException {
        try (org.apache.lucene.store.Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return DirectoryReader.indexExists(dir) && schemaMatches(dir);
        }
    }

    private static boolean schemaMatches(Directory dir) throws IOException {
        String found = SegmentInfos.readLatestCommit(dir).getUserData().get(SCHEMA);
        if (!IndexSchema.VERSION.equals(found)) {
            LOG.warn("search index schema {} differs from {}: emptying it for a rebuild from the store", found,
                    IndexSchema.VERSION);
            return false;
        }
        return true;
    }

    private static Map<String, String> userData(long storeChange) {
        return Map.of(STORE_CHANGE, Long.toString(storeChange), SCHEMA, IndexSchema.VERSION);
    }

    /** The writer; an index opened to read only refuses every write. */
    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the search index in " + location + " was opened to read only");
        }
        return writer;
    }

    /**
     * Writes the photo's document unless the index holds a later state of the photo ({@link DocumentOrder}): the state
     * written since the last commit, else the committed document's.
     */
    @Override
    public synchronized void index(Photo photo) {
        IndexWriter writer = writer();
        unpublished = true;
        long state = DocumentOrder.of(photo);
        if (state < currentState(photo.id())) {
            LOG.debug("search index: kept the later state of photo {} sent again in state {}", photo.id(), state);
            return;
        }
        io(() -> writer.updateDocument(IndexSchema.idTerm(photo.id()), schema.document(photo)), "index photo " + photo.id());
        written.put(photo.id(), state);
    }

    /** The state of photo {@code id} the index holds (uncommitted writes first); {@link Long#MIN_VALUE} for none. */
    private long currentState(long id) {
        Long pending = written.get(id);
        if (pending != null) {
            return pending;
        }
        return cleared ? Long.MIN_VALUE : withSearcher(s -> committedState(s, id));
    }

    private static long committedState(IndexSearcher searcher, long id) throws IOException {
        org.apache.lucene.index.Term term = IndexSchema.idTerm(id);
        for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            org.apache.lucene.index.PostingsEnum postings = leaf.reader().postings(term);
            if (postings == null) {
                continue;
            }
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                    doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    org.apache.lucene.index.NumericDocValues states = leaf.reader().getNumericDocValues(IndexSchema.STATE);
                    return states != null && states.advanceExact(doc) ? states.longValue() : Long.MIN_VALUE;
                }
            }
        }
        return Long.MIN_VALUE;
    }

    @Override
    public synchronized void delete(long photoId) {
        IndexWriter writer = writer();
        unpublished = true;
        io(() -> writer.deleteDocuments(IndexSchema.idTerm(photoId)), "delete photo " + photoId);
        written.put(photoId, Long.MIN_VALUE);
    }

    @Override
    public synchronized void clear() {
        IndexWriter writer = writer();
        if (pending != null) {
            sync();   // a rebuild starts from a synced index, so a crash or close mid-rebuild keeps the old one
        }
        unpublished = true;
        io(writer::deleteAll, "clear");
        written.clear();
        cleared = true;
    }

    /**
     * Makes the changes searchable at once (a near-real-time reader of the writer, no sync to disk) and durable a
     * moment later ({@link #DURABLE_AFTER_MS}, one Lucene commit for a burst of calls) or on {@link #close}: an
     * upload's answer or a hot folder's batch no longer waits for a sync of the index.
     */
    @Override
    public synchronized void commit(long storeChange) {
        IndexWriter writer = writer();
        io(() -> {
            writer.setLiveCommitData(userData(storeChange).entrySet());
            unpublished = false;
            searchers.maybeRefreshBlocking();
        }, "commit store change " + storeChange);
        written.clear();
        cleared = false;
        this.storeChange = storeChange;
        if (pending == null && !closed) {
            pending = committer.schedule(this::durable, DURABLE_AFTER_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The Lucene commit of what {@link #commit} published; logged, not thrown, when the disk refuses it. Skipped while
     * documents written since are not yet published (a rebuild under way): the next {@link #commit} schedules it.
     */
    private synchronized void durable() {
        pending = null;
        if (closed || unpublished) {
            return;
        }
        try {
            writer.commit();
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index: cannot sync store change {} to disk ({}); searches still see it, and the index "
                    + "replays it from the store when it opens again", storeChange, e.getMessage());
        }
    }

    /** Syncs what {@link #commit} published to disk now rather than a moment later (for tests). */
    synchronized void sync() {
        if (pending != null) {
            pending.cancel(false);
        }
        durable();
    }

    @Override
    public long lastStoreChange() {
        if (writer != null) {
            return storeChange;
        }
        return withSearcher(s -> {
            String value = ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData().get(STORE_CHANGE);
            return value == null ? 0L : parseStoreChange(value);
        });
    }

    private static long parseStoreChange(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            LOG.warn("search index records store change '{}', not a number: replaying the store from the start", value);
            return 0L;
        }
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return withSearcher(s -> search((FacetingSearcher) s, request));
    }

    private SearchResult search(FacetingSearcher searcher, SearchRequest request) throws IOException {
        org.apache.lucene.search.Query query = queries.translate(request.query());
        if (!Query.namesStatus(request.query()) && searcher.getIndexReader().docFreq(IndexSchema.killedTerm()) > 0) {
            query = LuceneQueries.live(query);
        }
        Sort sort = sort(request.sort());
        if (request.offset() >= DEEP_OFFSET) {
            return deep(searcher, request, query, sort);
        }
        int wanted = Math.max(1, (int) Math.min((long) request.offset() + request.limit(), searcher.getIndexReader().maxDoc()));
        if (query instanceof MatchAllDocsQuery) {
            TopDocs top = searcher.search(query, wanted, sort);
            return new SearchResult(searcher.getIndexReader().numDocs(), page(top.scoreDocs, request), searcher.allFacets());
        }
        // A hits threshold of `wanted` (not exact) lets the top-docs collector stop early on the index sort; the
        // facets collector sees every match anyway and gives the exact total.
        Object[] results = searcher.search(query, new MultiCollectorManager(
                new TopFieldCollectorManager(sort, wanted, null, wanted), new FacetsCollectorManager()));
        TopDocs top = (TopDocs) results[0];
        FacetsCollector hits = (FacetsCollector) results[1];
        long total = hits.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        return new SearchResult(total, page(top.scoreDocs, request), hitFacets(searcher, hits));
    }

    /** A page far down the hits (the empty query's facets counted once per searcher, see {@link DeepPage}). */
    private SearchResult deep(FacetingSearcher searcher, SearchRequest request,
            org.apache.lucene.search.Query query, Sort sort) throws IOException {
        if (query instanceof MatchAllDocsQuery) {
            DeepPage.Hits hits = searcher.search(query, new DeepPage(sort));
            return new SearchResult(hits.size(), hits.page(request.offset(), request.limit()), searcher.allFacets());
        }
        Object[] results = searcher.search(query, new MultiCollectorManager(new DeepPage(sort), new FacetsCollectorManager()));
        DeepPage.Hits hits = (DeepPage.Hits) results[0];
        return new SearchResult(hits.size(), hits.page(request.offset(), request.limit()),
                hitFacets(searcher, (FacetsCollector) results[1]));
    }

    /** The ids of the requested page: the id is the last sort value of every hit. */
    private static List<Long> page(ScoreDoc[] hits, SearchRequest request) {
        var ids = new ArrayList<Long>();
        int end = (int) Math.min(hits.length, (long) request.offset() + request.limit());
        for (int i = request.offset(); i < end; i++) {
            Object[] values = ((FieldDoc) hits[i]).fields;
            ids.add((Long) values[values.length - 1]);
        }
        return ids;
    }

    private static Sort sort(SearchRequest.Sort sort) {
        SortField taken = newestFirst(IndexSchema.TAKEN_SORT);
        SortField ingested = newestFirst(IndexSchema.INGESTED_SORT);
        SortField id = new SortField(IndexSchema.ID_VALUE, SortField.Type.LONG, true);
        return switch (sort) {
            case TAKEN -> new Sort(taken, ingested, id);
            case INGESTED -> new Sort(ingested, id);
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, taken, ingested, id);
        };
    }

    /** Descending, documents without the value last. */
    private static SortField newestFirst(String field) {
        return new SortField(field, SortField.Type.LONG, true, Long.MIN_VALUE);
    }

    /** The top values of each facet over {@code hits}, as {@link #facets} counts them, from {@link FacetOrdinals}. */
    private Map<String, SequencedMap<String, Long>> hitFacets(FacetingSearcher searcher, FacetsCollector hits)
            throws IOException {
        return searcher.facetState == null ? facets(null, hits) : ordinals.facets(searcher.facetState,
                searcher.ordinalMap, searcher.labels, hits, IndexSchema.FACETS, TOP_FACET_VALUES);
    }

    /**
     * The top values of each facet over {@code hits}, or over every live document when {@code hits} is null: most
     * frequent first, every facet present (empty when nothing has it), unmodifiable.
     */
    private static Map<String, SequencedMap<String, Long>> facets(SortedSetDocValuesReaderState state,
            FacetsCollector hits) throws IOException {
        var counts = state == null ? null
                : hits == null ? new SortedSetDocValuesFacetCounts(state) : new SortedSetDocValuesFacetCounts(state, hits);
        var facets = new HashMap<String, SequencedMap<String, Long>>();
        for (String dim : IndexSchema.FACETS) {
            var values = new LinkedHashMap<String, Long>();
            FacetResult top = counts == null || state.getOrdRange(dim) == null ? null
                    : counts.getTopChildren(TOP_FACET_VALUES, dim);
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    values.put(lv.label, lv.value.longValue());
                }
            }
            facets.put(dim, Collections.unmodifiableSequencedMap(values));
        }
        return facets;
    }

    @Override
    public void close() {
        boolean sync;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            sync = pending != null && !unpublished;
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        if (committer != null) {
            committer.shutdownNow();
        }
        io(() -> {
            try (directory; writer; searchers) {
                if (sync && writer.isOpen()) {
                    writer.commit();   // what commit() published; writes not published since are dropped, as a
                }                      // crash would drop them, and the published ones replayed from the store
            }
        }, "close");
    }

    /** An action on the index that may fail with an {@link IOException}. */
    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    /** A read of a searcher that may fail with an {@link IOException}. */
    @FunctionalInterface
    private interface IoRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private static void io(IoAction action, String what) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("search index: cannot " + what + ": " + e.getMessage()
                    + "; the store is intact, run reindex if this persists", e);
        }
    }

    private <T> T withSearcher(IoRead<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            Optional<String> damage = damage(e);
            if (damage.isPresent()) {
                throw new IndexDamagedException(location.toString(), damage.get(), e);
            }
            throw new UncheckedIOException("search index: cannot search: " + e.getMessage()
                    + "; the store is intact, run reindex if this persists", e);
        }
    }

    /** A searcher with the facet ordinals of its reader, built once per refresh rather than per search. */
    private static final class FacetingSearcher extends IndexSearcher {
        private final SortedSetDocValuesReaderState facetState;
        private final org.apache.lucene.index.OrdinalMap ordinalMap;
        /** The facet labels by ordinal, filled in as searches show them. */
        private final String[] labels;
        private volatile Map<String, SequencedMap<String, Long>> allFacets;

        FacetingSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) throws IOException {
            super(reader);
            this.facetState = facetState;
            this.ordinalMap = facetState == null ? null : FacetOrdinals.ordinalMap(facetState);
            this.labels = new String[facetState == null ? 0 : facetState.getSize()];
        }

        /** The facets of every document; computed at most a few times if threads race, which is harmless. */
        Map<String, SequencedMap<String, Long>> allFacets() throws IOException {
            Map<String, SequencedMap<String, Long>> cached = allFacets;
            if (cached == null) {
                cached = Map.copyOf(facets(facetState, null));
                allFacets = cached;
            }
            return cached;
        }
    }

    /** Makes a {@link FacetingSearcher} for each new reader. */
    private final class FacetingSearcherFactory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            boolean hasFacets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
            return new FacetingSearcher(reader,
                    hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig()) : null);
        }
    }
}
