package org.photodesk.scale;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.function.Consumer;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.caption.CreditCleaner;
import org.photodesk.core.check.HouseStyle;
import org.photodesk.core.event.EventStore;
import org.photodesk.core.event.PlaceholderLinker;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.GalleryRepository;
import org.photodesk.core.ingest.CaptionEnricher;
import org.photodesk.core.ingest.IndexSync;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.ingest.RenditionMaker;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.BackendsChooser;
import org.photodesk.core.library.IndexOwnership;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryAddress;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.lock.Locks;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.BlobStore;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.publish.GalleryPublisher;
import org.photodesk.core.publish.Kills;
import org.photodesk.core.publish.PublishOptions;
import org.photodesk.core.publish.PublishedSite;
import org.photodesk.core.render.RenderLimits;
import org.photodesk.core.render.StoredRenditions;
import org.photodesk.core.rights.KillNotice;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.embedded.EmbeddedBackends;
import org.photodesk.embedded.gallery.FolderSite;
import org.photodesk.embedded.render.Renderers;
import org.photodesk.embedded.store.FileBlobStore;
import org.photodesk.scale.postgres.PgAccountStore;
import org.photodesk.scale.postgres.PgAuditLog;
import org.photodesk.scale.postgres.PgDatabase;
import org.photodesk.scale.postgres.PgEventStore;
import org.photodesk.scale.postgres.PgGalleryRepository;
import org.photodesk.scale.postgres.PgLocks;
import org.photodesk.scale.postgres.PgPhotoStore;
import org.photodesk.scale.postgres.PgRestore;
import org.photodesk.scale.postgres.PgStoreChanges;
import org.photodesk.scale.postgres.PostgresAddress;
import org.photodesk.scale.s3.S3Address;
import org.photodesk.scale.s3.S3BlobStore;
import org.photodesk.scale.s3.S3Connection;
import org.photodesk.scale.s3.S3Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scale-out backends: a library on shared servers that several desk nodes and ingest processes use at once,
 * coordinated only through them. The store ({@code --store postgresql://...}) holds photos, galleries, events,
 * accounts and audit, and gives the locks (advisory) and the change feed ({@code LISTEN/NOTIFY}); blobs and the
 * published site live in S3-compatible storage ({@code --blobs s3://...}), else in the data folder; the search index
 * is a shared server ({@code --index URL}, opened by the {@link SearchIndexFactory} of its scheme), else a Lucene
 * index of this process in {@code <data>/scale-index} that follows the shared store's change log.
 */
public final class ScaleBackends implements Backends {

    /** Connections per process in the store's pool; a {@code pool} parameter of the store URL overrides it. */
    static final int POOL_SIZE = 12;
    /** The folder, in the data folder, of the Lucene index kept when no shared index is named. */
    static final String LOCAL_INDEX = "scale-index";

    private static final Logger LOG = LoggerFactory.getLogger(ScaleBackends.class);

    private final LibraryAddress address;
    private final Map<String, SearchIndexFactory> indexes;
    private final UnaryOperator<String> env;
    private final Clock clock;

    /** The backends {@code address} names, credentials from its URLs or from {@code env}. */
    public ScaleBackends(LibraryAddress address, Map<String, SearchIndexFactory> indexes, UnaryOperator<String> env,
            Clock clock) {
        this.address = Objects.requireNonNull(address, "address");
        this.indexes = Map.copyOf(indexes);
        this.env = Objects.requireNonNull(env, "env");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (address.store() == null) {
            throw new IllegalArgumentException("a shared search index or blob storage needs a shared store too: add "
                    + "--store postgresql://USER:PASSWORD@HOST:PORT/DATABASE (or PHOTODESK_STORE)");
        }
        PostgresAddress.parse(address.store(), env);
        if (address.blobs() != null) {
            S3Address.parse(address.blobs(), env);
        }
        if (address.index() != null) {
            indexFactory(address.index());
        }
    }

    /**
     * The shared search index of each {@code --index} URL scheme: OpenSearch over {@code http:} and {@code https:}
     * ({@code http://host:9200/INDEX}, credentials in the URL's user-info). Without {@code --index} each process keeps
     * a Lucene index in its data folder that follows the shared store.
     */
    public static Map<String, SearchIndexFactory> searchIndexFactories() {
        SearchIndexFactory openSearch = (url, env) -> org.photodesk.scale.search.OpenSearchIndex.open(
                java.net.URI.create(url));
        return Map.of("http", openSearch, "https", openSearch);
    }

    /**
     * The chooser of the composition root: the embedded backends in the data folder when the address names no shared
     * backend, else these, with the index factories of {@link #searchIndexFactories()} and credentials from the
     * environment.
     */
    public static BackendsChooser chooser() {
        return chooser(searchIndexFactories(), System::getenv);
    }

    /** As {@link #chooser()}, with the given index factories and environment (for tests). */
    public static BackendsChooser chooser(Map<String, SearchIndexFactory> indexes, UnaryOperator<String> env) {
        return address -> address.isEmbedded() ? new EmbeddedBackends(address.dataDir())
                : new ScaleBackends(address, indexes, env, Clock.systemUTC());
    }

    private SearchIndexFactory indexFactory(String url) {
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
        SearchIndexFactory factory = indexes.get(scheme);
        if (factory == null) {
            throw new IllegalArgumentException("--index " + PostgresAddress.redact(url) + ": this build has no shared "
                    + "search index for '" + scheme + ":' URLs" + (indexes.isEmpty() ? " (none is wired in yet)"
                            : " (it reads " + String.join(", ", indexes.keySet()) + ")")
                    + "; leave --index out (and PHOTODESK_INDEX unset) to keep a Lucene index in --data that follows "
                    + "the shared store");
        }
        return factory;
    }

    /** Whether the store's schema has the library's tables (opening creates them). */
    @Override
    public boolean exists() {
        return PgDatabase.hasTables(PostgresAddress.parse(address.store(), env));
    }

    /**
     * Backups of this library ({@link ScaleBackup}): the PostgreSQL tables at one instant, the blobs with their
     * hashes checked, the index rebuilt on restore.
     */
    @Override
    public java.util.Optional<org.photodesk.core.library.LibraryBackup> backups() {
        return java.util.Optional.of(new ScaleBackup(address, this, env, clock));
    }

    /** The agency feed subscriptions, in the shared store, so every desk node polls the same ones. */
    @Override
    public java.util.Optional<org.photodesk.core.feed.FeedSubscriptions> feedSubscriptions() {
        return java.util.Optional.of(org.photodesk.scale.postgres.PgFeedSubscriptions.unpooled(
                PostgresAddress.parse(address.store(), env), clock));
    }

    /** A restore on the shared store, for {@code photodesk migrate}, with a pool of its own for the parallel copy. */
    @Override
    public java.util.Optional<org.photodesk.core.library.LibraryRestore> openRestore() {
        return java.util.Optional.of(PgRestore.owning(PgDatabase.open(PostgresAddress.parse(address.store(), env), 10)));
    }

    @Override
    public String describe() {
        var parts = new ArrayList<String>();
        parts.add(PostgresAddress.parse(address.store(), env).describe());
        parts.add(address.blobs() == null ? "blobs in " + address.dataDir()
                : S3Address.parse(address.blobs(), env).describe());
        parts.add(address.index() == null ? "index in " + address.dataDir().resolve(LOCAL_INDEX)
                : PostgresAddress.redact(address.index()));
        return String.join(", ", parts);
    }

    @Override
    public Library open(LibraryOptions options) {
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            return open(options, opened);
        } catch (RuntimeException e) {
            for (AutoCloseable c : opened.reversed()) {
                try {
                    c.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private Library open(LibraryOptions options, List<AutoCloseable> opened) {
        PostgresAddress pg = PostgresAddress.parse(address.store(), env);
        PgDatabase db = PgDatabase.open(pg, poolSize(pg));
        opened.add(db);
        var store = new PgPhotoStore(db, clock);
        Storage storage = storage(opened);
        SearchIndex index;
        IndexOwnership ownership;
        if (address.index() != null) {
            index = indexFactory(address.index()).open(address.index(), env);
            ownership = IndexOwnership.SHARED;
        } else {
            EmbeddedBackends.LocalIndex local = EmbeddedBackends.openIndex(address.dataDir().resolve(LOCAL_INDEX));
            index = local.index();
            ownership = local.ownership();
        }
        opened.add(index);
        if (ownership != IndexOwnership.ANOTHER_PROCESS) {
            catchUp(store, index);
        }
        var galleries = new PgGalleryRepository(db);
        var events = new PgEventStore(db);
        var renditions = new StoredRenditions(storage.blobs(),
                Renderers.lazy(new RenderLimits(options.maxMegapixels(), 85)));
        RenditionMaker atIngest = options.renditionsAtIngest() ? renditions : RenditionMaker.DEFERRED;
        var enricher = new CaptionEnricher(new CreditCleaner(options.houseName()), clock,
                EmbeddedBackends.knownNamesOf(store, events));
        var ingestor = new Ingestor(store, storage.blobs(), index, new MetadataReader(), enricher, atIngest,
                options.limits(), clock);
        ingestor.onStored(new PlaceholderLinker(galleries));
        ingestor.onStored(new org.photodesk.core.event.EventKeeper(events, store, clock));
        var audit = new PgAuditLog(db, clock);
        var locks = new PgLocks(db);
        ingestor.onStored(agencyKills(store, galleries, storage.site(), locks, renditions, audit, ingestor, events));
        AutoCloseable resources = () -> closeAll(opened.subList(0, opened.size() - 1));
        return new Library(describe(), store, storage.blobs(), index, ownership, galleries, events,
                new PgAccountStore(db), audit, storage.site(), locks, renditions, ingestor,
                new PhotoEditor(store, clock), new QueryParser(), options, clock, resources, new PgStoreChanges(db),
                new org.photodesk.scale.postgres.PgTemplateStore(db, clock));
    }

    /**
     * The listener that carries out an agency's kill read in a stored photo's own words ({@link Kills}), as the
     * embedded backends do: the photo is killed and every published gallery showing it republished without it (in the
     * house style from the environment) or taken off the site, under the shared locks. The publisher is made only
     * when a kill is read.
     */
    private Consumer<Photo> agencyKills(PhotoStore store, GalleryRepository galleries, PublishedSite site, Locks locks,
            StoredRenditions renditions, AuditLog audit, Ingestor ingestor, EventStore events) {
        return photo -> {
            if (KillNotice.in(photo.embedded()).or(() -> KillNotice.in(photo.metadata())).isEmpty()) {
                return;
            }
            var style = HouseStyle.fromEnvironment(clock, EmbeddedBackends.knownNamesOf(store, events));
            var publisher = new GalleryPublisher(site, locks, galleries, store::findById, renditions,
                    style.creditLines(), CaptionChecker.NONE, clock, PublishOptions.fromEnvironment(System.getenv()));
            new Kills(store, galleries, publisher, audit, ingestor::reindex, clock).killIfNoticed(photo)
                    .ifPresent(r -> LOG.info("Agency kill of photo {} carried out: {}", photo.id(), r.galleries()));
        };
    }

    /** The blobs and the published site: in S3 when {@code --blobs} names it, else in the data folder. */
    private Storage storage(List<AutoCloseable> opened) {
        if (address.blobs() == null) {
            Path data = address.dataDir();
            return new Storage(new FileBlobStore(data.resolve("blobs")), new FolderSite(data.resolve("published")));
        }
        S3Connection s3 = S3Connection.open(S3Address.parse(address.blobs(), env));
        opened.add(s3);
        return new Storage(new S3BlobStore(s3), new S3Site(s3.under("site")));
    }

    private record Storage(BlobStore blobs, PublishedSite site) {}

    /**
     * Brings the index up to the shared store: a new, empty index is built from the whole store; any other follows the
     * change log from the last change it saw. (The embedded check of counts is not used: other processes add photos
     * meanwhile, so counts differ for a moment without anything being wrong.)
     */
    static void catchUp(PhotoStore store, SearchIndex index) {
        var sync = new IndexSync(store, index);
        if (index.lastStoreChange() == 0 && index.count() == 0 && store.count() > 0) {
            LOG.info("Building the search index from the shared store ({} photos)", store.count());
            sync.rebuild();
        } else {
            int n = sync.follow(Set.of());
            if (n > 0) {
                LOG.info("Search index caught up with {} photos changed in the shared store", n);
            }
        }
    }

    private static int poolSize(PostgresAddress pg) {
        String given = pg.parameters().get(PostgresAddress.POOL);
        return given == null ? POOL_SIZE : Integer.parseInt(given);
    }

    private static void closeAll(List<AutoCloseable> resources) throws Exception {
        Exception first = null;
        for (AutoCloseable c : resources.reversed()) {
            try {
                c.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
