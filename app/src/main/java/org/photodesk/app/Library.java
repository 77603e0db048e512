package org.photodesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.photodesk.app.event.PlaceholderLinker;
import org.photodesk.app.event.SqliteEventStore;
import org.photodesk.app.gallery.SqliteGalleryRepository;
import org.photodesk.app.ingest.BlobRenditions;
import org.photodesk.app.render.RenderLimits;
import org.photodesk.app.render.Renderers;
import org.photodesk.app.search.LuceneSearchIndex;
import org.photodesk.app.store.FileBlobStore;
import org.photodesk.app.store.SqlitePhotoStore;
import java.time.Clock;
import org.photodesk.core.caption.CreditCleaner;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.ingest.CaptionEnricher;
import org.photodesk.core.ingest.IndexSync;
import org.photodesk.core.ingest.MetadataEnricher;
import org.photodesk.core.ingest.RenditionMaker;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open photo library on this machine: the store (source of truth), the blobs, the derived search index and the
 * ingest pipeline over them, all under one data folder. The composition root builds it; everything else receives it.
 */
public record Library(Path dataDir, PhotoStore store, BlobStore blobs, SearchIndex index, Ingestor ingestor,
        QueryParser queryParser, AutoCloseable resources) implements AutoCloseable {

    /** A library with no resources of its own beyond its parts. */
    public Library(Path dataDir, PhotoStore store, BlobStore blobs, SearchIndex index, Ingestor ingestor,
            QueryParser queryParser) {
        this(dataDir, store, blobs, index, ingestor, queryParser, () -> { });
    }

    public Library {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(blobs, "blobs");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(ingestor, "ingestor");
        Objects.requireNonNull(queryParser, "queryParser");
        Objects.requireNonNull(resources, "resources");
    }

    private static final Logger LOG = LoggerFactory.getLogger(Library.class);

    /**
     * Opens (or creates) the library in {@code dataDir}: the SQLite store, the blob folder and the Lucene index,
     * then checks the index against the store and repairs it when a crash left them apart.
     */
    public static Library open(Path dataDir, LibraryOptions options) {
        return open(dataDir, options, true);
    }

    /**
     * Opens the library for ingest while another process (a running {@code photodesk serve}) holds the search
     * index's write lock: photos go into the store and the blob folder only, and that process indexes them from
     * the store's change log. The index is neither opened nor repaired; searching this library throws.
     */
    public static Library openWithoutIndex(Path dataDir, LibraryOptions options) {
        return open(dataDir, options, false);
    }

    /** Whether {@code e}, thrown by {@link #open}, says another process holds the search index's write lock. */
    public static boolean indexHeldElsewhere(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.lucene.store.LockObtainFailedException) {
                return true;
            }
        }
        return false;
    }

    private static Library open(Path dataDir, LibraryOptions options, boolean withIndex) {
        SqlitePhotoStore store = null;
        try {
            Files.createDirectories(dataDir);
            store = new SqlitePhotoStore(dataDir.resolve("photodesk.db"));
            var blobs = new FileBlobStore(dataDir.resolve("blobs"));
            blobs.cleanTemporaryFiles();
            SearchIndex index = withIndex ? new LuceneSearchIndex(dataDir.resolve("index")) : new ElsewhereIndex(dataDir);
            if (withIndex) {
                IndexSync.Report report = new IndexSync(store, index).repair();
                if (!report.wasInStep()) {
                    LOG.info("Search index repaired: {}", report);
                }
            }
            RenditionMaker renditions = options.renditionsAtIngest()
                    ? new BlobRenditions(blobs, Renderers.best(new RenderLimits(options.maxMegapixels(), 85)))
                    : RenditionMaker.DEFERRED;
            Path db = dataDir.resolve("photodesk.db");
            var events = SqliteEventStore.open(db);
            var galleries = SqliteGalleryRepository.open(db);
            MetadataEnricher enricher = new CaptionEnricher(new CreditCleaner(options.houseName()), Clock.systemUTC(),
                    knownNamesOf(store, events));
            var ingestor = new Ingestor(store, blobs, index, new MetadataReader(), enricher, renditions,
                    options.limits());
            ingestor.onStored(new PlaceholderLinker(galleries));
            return new Library(dataDir, store, blobs, index, ingestor, new QueryParser(), () -> {
                galleries.close();
                events.close();
            });
        } catch (IOException e) {
            closeQuietly(store, e);
            throw new UncheckedIOException("cannot open the library in " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(store, e);
            throw e;
        }
    }

    private static void closeQuietly(PhotoStore store, Exception cause) {
        if (store != null) {
            try {
                store.close();
            } catch (RuntimeException suppressed) {
                cause.addSuppressed(suppressed);
            }
        }
    }

    /** The index while another process holds it: writes are left to that process, searches are refused. */
    private record ElsewhereIndex(Path dataDir) implements SearchIndex {
        @Override public void index(org.photodesk.core.photo.Photo photo) { }
        @Override public void delete(long photoId) { }
        @Override public void clear() { }
        @Override public void commit(long storeChange) { }
        /** Claims every change, so that nothing in this process tries to catch the index up: its holder does. */
        @Override public long lastStoreChange() { return Long.MAX_VALUE; }
        @Override public long count() { return 0; }
        @Override public void close() { }

        @Override
        public org.photodesk.core.search.SearchResult search(org.photodesk.core.search.SearchRequest request) {
            throw new IllegalStateException("the search index in " + dataDir.resolve("index") + " is held by another "
                    + "process (a running 'photodesk serve'): search there, or stop it first");
        }
    }

    /** The names the library spells and the names on the events' rosters (read on first use). */
    private static java.util.function.Supplier<NameBook> knownNamesOf(PhotoStore store, SqliteEventStore events) {
        return () -> {
            NameBook book = knownNames(store);
            events.roster().forEach(r -> book.addRoster(r.name(), r.aliases()));
            return book;
        };
    }

    /** The names the library's captions and people fields already spell, for the caption checks. */
    public static NameBook knownNames(PhotoStore store) {
        NameBook book = new NameBook();
        long after = 0;
        for (var page = store.page(after, 1000); !page.isEmpty(); page = store.page(after, 1000)) {
            for (var photo : page) {
                book.addSeen(photo.metadata().caption());
                photo.metadata().people().forEach(book::addSeen);
            }
            after = page.getLast().id();
        }
        return book;
    }

    /** Makes everything ingested searchable and durable. */
    public void flush() {
        ingestor.flush();
    }

    @Override
    public void close() {
        try {
            ingestor.flush();
            index.close();
            resources.close();
        } catch (Exception e) {
            LOG.warn("Closing the library in {}: {}", dataDir, e.getMessage(), e);
        } finally {
            store.close();
        }
    }
}
