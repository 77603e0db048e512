package org.photodesk.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.photodesk.core.photo.DateCreated;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;

/** A desk server on a free port over a {@link FakeLibrary}, with an admin, an editor and a viewer. */
final class DeskHarness implements AutoCloseable {

    static final String PASSWORD = "correct horse battery";
    final FakeLibrary library = new FakeLibrary(FakeLibrary::checks);
    final Path dir;
    final DeskServer server;
    final String base;

    DeskHarness(Path dir, DeskServer.Settings settings) {
        this.dir = dir;
        try {
            Files.createDirectories(dir.resolve("published"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var ports = new DeskPorts(library, library, library, library, library, library, Renditions.none(),
                new FakeGalleries(library, dir.resolve("published")), dir.resolve("published"));
        server = new DeskServer(ports, DeskDatabase.open(dir.resolve("desk.db")), settings, Clock.systemUTC());
        server.ensureAdmin(PASSWORD);
        server.accounts().create("editor", PASSWORD, Role.EDITOR);
        server.accounts().create("viewer", PASSWORD, Role.VIEWER);
        server.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    DeskHarness(Path dir) {
        this(dir, DeskServer.Settings.defaults());
    }

    /** Adds a photo with a real JPEG, as the ingestor would. */
    Photo photo(String caption, String byline, String credit, String agency, String city) {
        var m = PhotoMetadata.builder().caption(caption).byline(byline == null ? List.of() : List.of(byline)).credit(credit)
                .city(city).dateCreated(DateCreated.ofDate(java.time.LocalDate.of(2024, 8, 11))).build();
        return library.add("photo.jpg", TestImages.jpeg(caption == null ? 0 : caption.hashCode()), m, agency);
    }

    @Override
    public void close() {
        server.close();
    }
}
