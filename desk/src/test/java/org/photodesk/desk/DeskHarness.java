package org.photodesk.desk;

import org.photodesk.core.account.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.photodesk.core.check.HouseStyle;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.publish.TestJpegs;
import org.photodesk.core.render.RenderLimits;
import org.photodesk.embedded.render.Renderers;
import org.photodesk.embedded.search.LuceneSearchIndex;
import org.photodesk.embedded.store.FileBlobStore;
import org.photodesk.embedded.store.SqlitePhotoStore;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.ingest.MetadataEnricher;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.search.QueryParser;

/**
 * A desk server on a free port over a real library in a temporary folder (SQLite store, file blobs, Lucene index,
 * the ingest pipeline, galleries and publisher), with an admin, an editor and a viewer, and a hot folder.
 *
 * <p>The caption checks are the house's own ({@link HouseStyle}), at ingest and after each edit.
 */
final class DeskHarness implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";

    final Path data;
    final Path hot;
    final Library library;
    final DeskPorts ports;
    final DeskServer server;
    final String base;
    private final AutoCloseable watching;
    private final Path work;
    private final AtomicInteger seed = new AtomicInteger();

    DeskHarness(Path dir, DeskServer.Settings settings) {
        this.data = dir.resolve("data");
        this.hot = dir.resolve("hot");
        this.work = dir.resolve("work");
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        library = org.photodesk.scale.testing.TestBackends.open(data);
        var base = new String[1];
        ports = DeskPorts.of(library, () -> base[0] + "/published/", Clock.systemUTC());
        server = new DeskServer(ports, settings, Clock.systemUTC());
        server.ensureAdmin(PASSWORD);
        server.accounts().create("editor", PASSWORD, Role.EDITOR);
        server.accounts().create("viewer", PASSWORD, Role.VIEWER);
        server.start("127.0.0.1", 0);
        this.base = "http://127.0.0.1:" + server.port();
        base[0] = this.base;
        watching = ports.hotFolders().watch(hot);
    }

    DeskHarness(Path dir) {
        this(dir, DeskServer.Settings.defaults());
    }

    /** A real JPEG (its own pixels) whose IPTC and XMP exiftool wrote; the credit names the agency. */
    byte[] jpeg(String caption, String byline, String credit, String city) {
        var tags = new ArrayList<String>(List.of("-IPTC:DateCreated=2024:08:11", "-XMP-photoshop:DateCreated=2024-08-11"));
        if (caption != null) {
            tags.addAll(List.of("-IPTC:Caption-Abstract=" + caption, "-XMP-dc:Description=" + caption));
        }
        if (byline != null) {
            tags.addAll(List.of("-IPTC:By-line=" + byline, "-XMP-dc:Creator=" + byline));
        }
        if (credit != null) {
            tags.addAll(List.of("-IPTC:Credit=" + credit, "-XMP-photoshop:Credit=" + credit));
        }
        if (city != null) {
            tags.addAll(List.of("-IPTC:City=" + city, "-XMP-photoshop:City=" + city));
        }
        try {
            return TestJpegs.withTags(TestImages.jpeg(seed.incrementAndGet()), work, tags.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ingests a photo through the desk's upload port, as a browser upload does. */
    Photo photo(String caption, String byline, String credit, String city) {
        IngestOutcome o = ports.uploads().ingest("photo.jpg", jpeg(caption, byline, credit, city));
        if (!(o instanceof IngestOutcome.Added added)) {
            throw new IllegalStateException("test photo not added: " + o);
        }
        return added.photo();
    }

    /** Drops a photo into the hot folder the way an FTP client does: a hidden partial file, renamed when complete. */
    Path drop(String name, String caption, String byline, String credit, String city) {
        try {
            Files.createDirectories(hot);
            Path partial = Files.write(hot.resolve("." + name + ".part"), jpeg(caption, byline, credit, city));
            return Files.move(partial, hot.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Photo find(long id) {
        return ports.store().findById(id).orElseThrow();
    }

    @Override
    public void close() {
        try {
            watching.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        server.close();
        ports.close();
    }
}
