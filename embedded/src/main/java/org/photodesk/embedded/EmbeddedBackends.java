package org.photodesk.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.photodesk.embedded.event.SqliteEventStore;
import org.photodesk.embedded.gallery.FolderSite;
import org.photodesk.embedded.gallery.SqliteGalleryRepository;
import org.photodesk.embedded.lock.FileLocks;
import org.photodesk.embedded.render.Renderers;
import org.photodesk.embedded.search.LuceneSearchIndex;
import org.photodesk.embedded.store.FileBlobStore;
import org.photodesk.embedded.store.SqlitePhotoStore;
import org.photodesk.embedded.account.SqliteAccountStore;
import org.photodesk.embedded.account.SqliteAuditLog;
import org.photodesk.embedded.account.SqliteDeskDatabase;
import org.photodesk.core.caption.CreditCleaner;
import org.photodesk.core.check.HouseStyle;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.event.PlaceholderLinker;
import org.photodesk.core.ingest.CaptionEnricher;
import org.photodesk.core.ingest.IndexSync;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.ingest.MetadataEnricher;
import org.photodesk.core.ingest.RenditionMaker;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.BackendsChooser;
import org.photodesk.core.library.IndexOwnership;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.render.RenderLimits;
import org.photodesk.core.render.StoredRenditions;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded backends: one library under one data folder on this machine, the SQLite file {@code photodesk.db}
 * (photos, galleries, events, accounts, audit), the content-addressed {@code blobs/} folder, the Lucene
 * {@code index/}, the {@code published/} site and the {@code locks/} of the processes sharing it.
 */
public final class EmbeddedBackends implements Backends {

    /** The library's SQLite file, in the data folder. */
    public static final String DB_FILE = "photodesk.db";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBackends.class);

    private final Path dataDir;
    private final Clock clock;

    public EmbeddedBackends(Path dataDir) {
        this(dataDir, Clock.systemUTC());
    }

    public EmbeddedBackends(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** The data folder. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public boolean exists() {
        return Files.isRegularFile(dataDir.resolve(DB_FILE));
    }

    @Override
    public String describe() {
        return dataDir.toString();
    }

    /**
     * The chooser of embedded libraries: the data folder of each address. An address that names a shared store,
     * index or blob storage is refused with a message.
     */
    public static BackendsChooser chooser() {
        return address -> {
            if (!address.isEmbedded()) {
                throw new IllegalArgumentException("only the embedded backends are available here: remove --store, "
                        + "--index and --blobs (and PHOTODESK_STORE, PHOTODESK_INDEX, PHOTODESK_BLOBS)");
            }
            return new EmbeddedBackends(address.dataDir());
        };
    }

    /** Opens the library in the data folder with {@link LibraryOptions#DEFAULT}. */
    public static Library open(Path dataDir) {
        return new EmbeddedBackends(dataDir).open(LibraryOptions.DEFAULT);
    }

    @Override
    public Library open(LibraryOptions options) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            return open(options, opened);
        } catch (IOException e) {
            closeAll(opened, e);
            throw new UncheckedIOException("cannot open the library in " + dataDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAll(opened, e);
            throw e;
        }
    }

    private Library open(LibraryOptions options, List<AutoCloseable> opened) throws IOException {
        Files.createDirectories(dataDir);
        Path db = dataDir.resolve(DB_FILE);
        var store = new SqlitePhotoStore(db, clock);
        opened.add(store);
        var blobs = new FileBlobStore(dataDir.resolve("blobs"));
        blobs.cleanTemporaryFiles();
        LocalIndex local = openIndex(dataDir.resolve("index"));
        SearchIndex index = local.index();
        IndexOwnership ownership = local.ownership();
        opened.add(index);
        if (ownership == IndexOwnership.THIS_PROCESS) {
            IndexSync.Report report = new IndexSync(store, index).repair();
            if (!report.wasInStep()) {
                LOG.info("Search index repaired: {}", report);
            }
        }
        var galleries = SqliteGalleryRepository.open(db);
        opened.add(galleries);
        var events = SqliteEventStore.open(db);
        opened.add(events);
        var desk = SqliteDeskDatabase.open(db);
        var renditions = new StoredRenditions(blobs, Renderers.lazy(new RenderLimits(options.maxMegapixels(), 85)));
        RenditionMaker atIngest = options.renditionsAtIngest() ? renditions : RenditionMaker.DEFERRED;
        MetadataEnricher enricher = new CaptionEnricher(new CreditCleaner(options.houseName()), clock,
                knownNamesOf(store, events));
        var ingestor = new Ingestor(store, blobs, index, new MetadataReader(), enricher, atIngest, options.limits(),
                clock);
        ingestor.onStored(new PlaceholderLinker(galleries));
        return new Library(dataDir.toString(), store, blobs, index, ownership, galleries, events,
                new SqliteAccountStore(desk), new SqliteAuditLog(desk, clock), new FolderSite(dataDir.resolve("published")),
                new FileLocks(dataDir.resolve("locks")), renditions, ingestor, new PhotoEditor(store, clock),
                new QueryParser(), options, clock, null);
    }

    private static void closeAll(List<AutoCloseable> opened, Exception cause) {
        for (AutoCloseable c : opened.reversed()) {
            try {
                c.close();
            } catch (Exception suppressed) {
                cause.addSuppressed(suppressed);
            }
        }
    }

    /** A Lucene index in a folder of this machine, and who writes it. */
    public record LocalIndex(SearchIndex index, IndexOwnership ownership) {}

    /**
     * Opens the Lucene index in {@code folder} for this process; when another process holds it (a running desk), an
     * index that leaves the writing to that process and refuses searches, owned by {@link IndexOwnership#ANOTHER_PROCESS}.
     */
    public static LocalIndex openIndex(Path folder) {
        try {
            return new LocalIndex(new LuceneSearchIndex(folder), IndexOwnership.THIS_PROCESS);
        } catch (RuntimeException e) {
            if (!LuceneSearchIndex.heldElsewhere(e)) {
                throw e;
            }
            return new LocalIndex(new ElsewhereIndex(folder), IndexOwnership.ANOTHER_PROCESS);
        }
    }

    /** The index while another process holds it: writes are left to that process, searches are refused. */
    private record ElsewhereIndex(Path folder) implements SearchIndex {
        @Override public void index(org.photodesk.core.photo.Photo photo) { }
        @Override public void delete(long photoId) { }
        @Override public void clear() { }
        @Override public void commit(long storeChange) { }
        /** Claims every change, so that nothing in this process tries to catch the index up: its holder does. */
        @Override public long lastStoreChange() { return Long.MAX_VALUE; }
        @Override public long count() { return 0; }
        @Override public void close() { }

        @Override
        public SearchResult search(SearchRequest request) {
            throw new IllegalStateException("the search index in " + folder + " is held by another "
                    + "process (a running 'photodesk serve'): search there, or stop it first");
        }
    }

    /** The names the library spells and the names on the events' rosters (read on first use). */
    public static Supplier<NameBook> knownNamesOf(PhotoStore store, EventStore events) {
        return () -> {
            NameBook book = HouseStyle.knownNames(store);
            events.roster().forEach(r -> book.addRoster(r.name(), r.aliases()));
            return book;
        };
    }
}
