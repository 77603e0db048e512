package org.photodesk.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.photodesk.embedded.backup.FolderBackup;
import org.photodesk.embedded.event.SqliteEventStore;
import org.photodesk.embedded.gallery.FolderSite;
import org.photodesk.embedded.gallery.SqliteGalleryRepository;
import org.photodesk.embedded.lock.FileLocks;
import org.photodesk.embedded.render.Renderers;
import org.photodesk.embedded.search.DamagedIndex;
import org.photodesk.embedded.search.LuceneSearchIndex;
import org.photodesk.embedded.store.FileBlobStore;
import org.photodesk.embedded.store.SqliteFile;
import org.photodesk.embedded.store.SqlitePhotoStore;
import org.photodesk.embedded.account.SqliteAccountStore;
import org.photodesk.embedded.account.SqliteAuditLog;
import org.photodesk.embedded.account.SqliteDeskDatabase;
import org.photodesk.core.caption.CreditCleaner;
import org.photodesk.core.check.HouseStyle;
import org.photodesk.core.check.NameBook;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.event.PlaceholderLinker;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.ingest.CaptionEnricher;
import org.photodesk.core.publish.GalleryPublisher;
import org.photodesk.core.publish.Kills;
import org.photodesk.core.publish.PublishOptions;
import org.photodesk.core.rights.KillNotice;
import org.photodesk.core.ingest.IndexSync;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.ingest.MetadataEnricher;
import org.photodesk.core.ingest.RenditionMaker;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.BackendsChooser;
import org.photodesk.core.library.IndexOwnership;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryBackup;
import org.photodesk.core.library.LibraryNotFoundException;
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

    /** Backups of this library as checkable folders ({@link FolderBackup}). */
    @Override
    public Optional<LibraryBackup> backups() {
        return Optional.of(new FolderBackup(dataDir, this, clock));
    }

    @Override
    public Optional<org.photodesk.core.feed.FeedSubscriptions> feedSubscriptions() {
        return Optional.of(new org.photodesk.embedded.feed.SqliteFeedSubscriptions(
                SqliteDeskDatabase.open(dataDir.resolve(DB_FILE)), clock));
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
        var locks = new FileLocks(dataDir.resolve("locks"));
        LocalIndex local = openIndex(indexDir(), locks);
        SearchIndex index = local.index();
        IndexOwnership ownership = local.ownership();
        opened.add(index);
        if (ownership == IndexOwnership.THIS_PROCESS && index.damage().isEmpty()) {
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
        return library(options, store, blobs, index, ownership, galleries, events, desk, locks);
    }

    /**
     * Opens the library to read it, writing nothing: the database is read through SQLite's log, or as immutable
     * where the log cannot be opened (a read-only folder, a full disk); the index's last commit is searched without
     * taking its write lock, after catching it up with the store when it is behind and this process can write it.
     */
    @Override
    public Library openReadOnly(LibraryOptions options) {
        if (!exists()) {
            throw new LibraryNotFoundException(describe());
        }
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            Path db = dataDir.resolve(DB_FILE);
            var store = SqlitePhotoStore.openReadOnly(db, clock);
            opened.add(store);
            SearchIndex index = readIndex(store);
            opened.add(index);
            SqliteFile file = SqliteFile.readOnlyAt(db);
            var galleries = SqliteGalleryRepository.open(file);
            opened.add(galleries);
            var events = SqliteEventStore.open(file);
            opened.add(events);
            return library(options, store, new FileBlobStore(dataDir.resolve("blobs")), index,
                    IndexOwnership.THIS_PROCESS, galleries, events, SqliteDeskDatabase.open(file),
                    new FileLocks(dataDir.resolve("locks")));
        } catch (RuntimeException e) {
            closeAll(opened, e);
            throw e;
        }
    }

    /** The index to search, read-only unless it is behind the store and this process can catch it up. */
    private SearchIndex readIndex(PhotoStore store) {
        LuceneSearchIndex reader;
        try {
            reader = openReader();
        } catch (RuntimeException e) {
            return new DamagedIndex(indexDir(), LuceneSearchIndex.damage(e).orElseThrow(() -> e), null);
        }
        if (reader.lastStoreChange() >= store.lastChange() && reader.count() == store.count()) {
            return reader;
        }
        reader.close();
        try {
            var index = new LuceneSearchIndex(indexDir());
            try {
                new IndexSync(store, index).repair();
                return index;
            } catch (RuntimeException e) {
                index.close();
                throw e;
            }
        } catch (RuntimeException e) {
            if (!LuceneSearchIndex.heldElsewhere(e)) {
                LOG.warn("The search index in {} is behind the store and cannot be brought up to date here ({}): "
                        + "searching it as it is; run 'photodesk reindex' with write access", indexDir(), e.getMessage());
            }
            return LuceneSearchIndex.openReadOnly(indexDir());
        }
    }

    /**
     * The index's last commit, read without its lock: a file that seems missing is read again once, after a moment,
     * before it counts as damage (another process's commit may have just replaced it).
     */
    private LuceneSearchIndex openReader() {
        try {
            return LuceneSearchIndex.openReadOnly(indexDir());
        } catch (RuntimeException e) {
            if (LuceneSearchIndex.damage(e).isEmpty()) {
                throw e;
            }
            LOG.debug("reading the search index failed ({}); reading it again", e.getMessage());
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw e;
            }
            return LuceneSearchIndex.openReadOnly(indexDir());
        }
    }

    private Path indexDir() {
        return dataDir.resolve("index");
    }

    private Library library(LibraryOptions options, PhotoStore store, FileBlobStore blobs, SearchIndex index,
            IndexOwnership ownership, SqliteGalleryRepository galleries, SqliteEventStore events,
            SqliteDeskDatabase desk, FileLocks locks) {
        var renditions = new StoredRenditions(blobs, Renderers.lazy(new RenderLimits(options.maxMegapixels(), 85)));
        RenditionMaker atIngest = options.renditionsAtIngest() ? renditions : RenditionMaker.DEFERRED;
        MetadataEnricher enricher = new CaptionEnricher(new CreditCleaner(options.houseName()), clock,
                knownNamesOf(store, events));
        var ingestor = new Ingestor(store, blobs, index, new MetadataReader(), enricher, atIngest, options.limits(),
                clock);
        ingestor.onStored(new PlaceholderLinker(galleries));
        ingestor.onStored(new org.photodesk.core.event.EventKeeper(events, store, clock));
        var audit = new SqliteAuditLog(desk, clock);
        var site = new FolderSite(dataDir.resolve("published"));
        ingestor.onStored(agencyKills(store, galleries, site, locks, renditions, audit, ingestor, events));
        return new Library(dataDir.toString(), store, blobs, index, ownership, galleries, events,
                new SqliteAccountStore(desk), audit, site, locks, renditions, ingestor, new PhotoEditor(store, clock),
                new QueryParser(), options, clock, null, null,
                new org.photodesk.embedded.template.SqliteTemplateStore(desk, clock));
    }

    /**
     * The listener that carries out an agency's kill read in a stored photo's own words ({@link Kills}): the photo
     * is killed and every published gallery showing it republished without it (in the house style from the
     * environment) or taken off the site. The publisher is made only when a kill is read.
     */
    private java.util.function.Consumer<org.photodesk.core.photo.Photo> agencyKills(PhotoStore store,
            SqliteGalleryRepository galleries, FolderSite site, FileLocks locks, StoredRenditions renditions,
            SqliteAuditLog audit, Ingestor ingestor, EventStore events) {
        return photo -> {
            if (KillNotice.in(photo.embedded()).or(() -> KillNotice.in(photo.metadata())).isEmpty()) {
                return;
            }
            var style = HouseStyle.fromEnvironment(clock, knownNamesOf(store, events));
            var publisher = new GalleryPublisher(site, locks, galleries, store::findById, renditions,
                    style.creditLines(), CaptionChecker.NONE, clock, PublishOptions.fromEnvironment(System.getenv()));
            new Kills(store, galleries, publisher, audit, ingestor::reindex, clock).killIfNoticed(photo)
                    .ifPresent(r -> LOG.info("Agency kill of photo {} carried out: {}", photo.id(), r.galleries()));
        };
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

    /** {@link #openIndex(Path, org.photodesk.core.lock.Locks)} without locks: a damaged index is rebuilt without waiting for other processes. */
    public static LocalIndex openIndex(Path folder) {
        return openIndex(folder, null);
    }

    /**
     * Opens the Lucene index in {@code folder} for this process; when another process holds it (a running desk), an
     * index that leaves the writing to that process and refuses searches, owned by {@link IndexOwnership#ANOTHER_PROCESS};
     * when it is damaged, a {@link DamagedIndex} that says so in one line until {@code reindex} rebuilds it (under
     * {@code locks}, when given).
     */
    public static LocalIndex openIndex(Path folder, org.photodesk.core.lock.Locks locks) {
        try {
            return new LocalIndex(new LuceneSearchIndex(folder), IndexOwnership.THIS_PROCESS);
        } catch (RuntimeException e) {
            if (LuceneSearchIndex.heldElsewhere(e)) {
                return new LocalIndex(new ElsewhereIndex(folder), IndexOwnership.ANOTHER_PROCESS);
            }
            return new LocalIndex(new DamagedIndex(folder, LuceneSearchIndex.damage(e).orElseThrow(() -> e), locks),
                    IndexOwnership.THIS_PROCESS);
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
