package org.photodesk.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.photodesk.app.HouseStyle;
import org.photodesk.app.Library;
import org.photodesk.app.LibraryOptions;
import org.photodesk.app.event.SqliteEventStore;
import org.photodesk.app.gallery.StoredRenditionSource;
import org.photodesk.app.gallery.GalleryPublisher;
import org.photodesk.app.gallery.SqliteGalleryRepository;
import org.photodesk.app.ingest.BlobRenditions;
import org.photodesk.app.render.RenderLimits;
import org.photodesk.app.render.Renderers;
import org.photodesk.app.store.FileBlobStore;
import org.photodesk.app.store.SqlitePhotoStore;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.CreditLineFormatter;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.ingest.Ingestor;

/**
 * Opens the real library ({@link Library#open}: SQLite store, file blobs, Lucene index, ingest) and adapts it to
 * the desk: edits through the store, renditions from the blob store (made on demand when missing), galleries
 * through the gallery repository and publisher, uploads and hot folders through the ingestor, flushed at once,
 * events and article imports through the event book and the article importer.
 */
public final class LibraryDeskOpener implements DeskOpener {

    /** The library's SQLite file, shared by the store, the galleries and the desk's users. */
    public static final String DB_FILE = "photodesk.db";
    /** How often a hot folder is scanned. */
    public static final Duration HOT_FOLDER_INTERVAL = Duration.ofMillis(500);
    /** How long a file in a hot folder must stay unchanged before it is taken. */
    public static final Duration HOT_FOLDER_SETTLE = Duration.ofSeconds(1);

    private final Function<Path, Library> libraries;
    private final Clock clock;

    /** Opens libraries with {@link LibraryOptions#DEFAULT}. */
    public LibraryDeskOpener() {
        this(dir -> Library.open(dir, LibraryOptions.DEFAULT), Clock.systemUTC());
    }

    /**
     * Opens libraries with {@code libraries}; the house style ({@link HouseStyle}) prints credit lines and checks an
     * edited caption again and a gallery's captions before publishing.
     */
    public LibraryDeskOpener(Function<Path, Library> libraries, Clock clock) {
        this.libraries = libraries;
        this.clock = clock;
    }

    @Override
    public DeskPorts open(Path dataDir, Supplier<String> publicUrl) {
        Library library = libraries.apply(dataDir);
        try {
            return ports(library, publicUrl);
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
    }

    /** The desk's ports over the open {@code library}; closing them closes it. */
    public DeskPorts ports(Library library, Supplier<String> publicUrl) {
        if (!(library.store() instanceof SqlitePhotoStore store) || !(library.blobs() instanceof FileBlobStore blobs)) {
            throw new IllegalArgumentException("the desk needs a library with a SQLite store and a file blob store, not "
                    + library.store().getClass().getSimpleName() + " and " + library.blobs().getClass().getSimpleName());
        }
        Path dataDir = library.dataDir();
        Path published = createDirectories(dataDir.resolve("published"));
        Ingestor ingestor = library.ingestor();
        BlobRenditions maker = ingestor.renditions() instanceof BlobRenditions made ? made
                : new BlobRenditions(blobs, Renderers.best(RenderLimits.defaults()));
        var repository = SqliteGalleryRepository.openMigrated(dataDir.resolve(DB_FILE));
        var articles = SqliteEventStore.open(dataDir.resolve(DB_FILE));
        HouseStyle style = HouseStyle.of(library, clock);
        CaptionChecker captions = style.captionChecks();
        var publisher = new GalleryPublisher(dataDir, repository, store::findById, new StoredRenditionSource(blobs, maker),
                style.creditLines(), captions, clock);
        return new DeskPorts(store, blobs, library.index(), library.queryParser()::parse,
                (name, bytes) -> ingestNow(ingestor, name, bytes), new StoreEditing(store, new org.photodesk.core.photo.PhotoEditor(store, clock)),
                new OnDemandRenditions(blobs, store, maker),
                new LibraryGalleries(repository, publisher, publicUrl, clock), published,
                new EditAwareChecks(store, captions),
                new LibraryHotFolders(ingestor, HOT_FOLDER_INTERVAL, HOT_FOLDER_SETTLE, clock),
                new LibraryEvents(articles, repository, store, clock),
                () -> {
                    articles.close();
                    repository.close();
                    library.close();
                });
    }

    /** Ingests an upload and makes it searchable before answering. */
    private static IngestOutcome ingestNow(Ingestor ingestor, String name, byte[] bytes) {
        IngestOutcome outcome = ingestor.ingest(name, bytes);
        ingestor.flush();
        return outcome;
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": check that the data folder is writable", e);
        }
    }
}
