package org.photodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.library.Library;
import org.photodesk.embedded.gallery.FolderSite;
import org.photodesk.core.library.Backends;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.testing.TestLibraries;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.publish.TestJpegs;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.CreditLineFormatter;
import org.photodesk.core.gallery.TestGalleries;
import org.photodesk.core.ingest.IngestLimits;
import org.photodesk.core.ingest.Ingestor;
import org.photodesk.core.ingest.MetadataEnricher;
import org.photodesk.core.ingest.RenditionMaker;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.photo.Problem;
import org.photodesk.core.search.QueryParser;
import org.photodesk.core.search.SearchIndex;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.search.SearchResult;

class GalleryCommandIT {

    @TempDir
    Path data;

    private final Map<Long, Photo> photos = new HashMap<>();
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Library library;

    private static final CaptionChecker NO_TODO = c -> c.contains("TODO")
            ? List.of(Problem.inField("caption.todo", "caption", "caption still says TODO: finish it"))
            : List.of();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        var command = new GalleryCommand(new CliFactory(address -> backends()), NO_TODO,
                CreditLineFormatter.DEFAULT, Clock.fixed(Instant.parse("2024-08-11T20:00:00Z"), ZoneOffset.UTC));
        var cl = command.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String[] withData(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return all;
    }

    private void photo(long id, String caption) {
        byte[] jpeg = TestJpegs.jpeg(640, 480, Color.CYAN, Color.MAGENTA);
        String sha = org.photodesk.core.photo.Sha256.hex(jpeg);
        photos.put(id, TestGalleries.photo(id, sha, 640, 480, PhotoMetadata.builder().caption(caption)
                .byline(List.of("Angèle Roux")).credit("Keystone").build(), "Keystone"));
        blobs.put(sha, jpeg);
    }

    @Test
    void createAddMoveRemoveShowAndPublish() throws Exception {
        photo(1, "Fans wave flags in Zürich.");
        photo(2, "The winner crosses the line.");
        photo(3, "Rain over the stadium.");
        assertThat(run(withData("create", "--title", "Zürich Marathon", "--slug", "zurich", "--event", "Marathon")))
                .as(err.toString()).isZero();
        assertThat(run(withData("add", "zurich", "1", "2", "3"))).as(err.toString()).isZero();
        assertThat(run(withData("move", "zurich", "3", "1"))).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("#1  item 3  photo 3");
        assertThat(run(withData("remove", "zurich", "photo:2"))).isZero();
        assertThat(run(withData("list"))).isZero();
        assertThat(out.toString()).contains("zurich", "draft", "2 items", "Zürich Marathon");

        assertThat(run(withData("show", "zurich", "--json"))).isZero();
        JsonNode shown = new ObjectMapper().readTree(out.toString());
        assertThat(shown.path("items").get(0).path("photoId").asLong()).isEqualTo(3);
        assertThat(shown.path("items").get(1).path("credit").asText()).isEqualTo("Angèle Roux/Keystone");
        assertThat(shown.path("problems")).isEmpty();

        assertThat(run(withData("publish", "zurich", "--base-url", "https://news.example/g/"))).as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("published 'zurich' revision 1: 2 photos");
        String html = Files.readString(data.resolve("published/zurich/index.html"));
        assertThat(html.indexOf("photo-3")).isLessThan(html.indexOf("photo-1"));
        assertThat(run(withData("list"))).isZero();
        assertThat(out.toString()).contains("published");
    }

    @Test
    void publishWithProblemsIsRefusedUnlessForced() {
        photo(1, "TODO write caption");
        run(withData("create", "--title", "T", "--slug", "t"));
        run(withData("add", "t", "1"));
        assertThat(run(withData("show", "t"))).isZero();
        assertThat(out.toString()).contains("problems:", "caption.todo");
        assertThat(run(withData("publish", "t"))).isEqualTo(1);
        assertThat(err.toString()).contains("--force", "caption.todo");
        assertThat(data.resolve("published/t")).doesNotExist();
        assertThat(run(withData("publish", "t", "--force"))).isZero();
        assertThat(err.toString()).contains("warning (forced)");
        assertThat(data.resolve("published/t/index.html")).exists();
    }

    @Test
    void refusalsExitOneWithAMessage() {
        photo(1, "A caption.");
        assertThat(run(withData("create", "--title", "T", "--slug", "Bad Slug"))).isEqualTo(1);
        assertThat(err.toString()).contains("lower-case letters");
        run(withData("create", "--title", "T", "--slug", "t"));
        assertThat(run(withData("create", "--title", "T", "--slug", "t"))).isEqualTo(1);
        assertThat(run(withData("add", "t", "99"))).isEqualTo(1);
        assertThat(err.toString()).contains("photo 99 is not in the library");
        assertThat(run(withData("add", "nope", "1"))).isEqualTo(1);
        assertThat(err.toString()).contains("no gallery 'nope'");
        run(withData("add", "t", "1"));
        assertThat(run(withData("move", "t", "1", "5"))).isEqualTo(1);
        assertThat(err.toString()).contains("use 1 to 1");
    }

    @Test
    void usageErrorsExitTwoAndHelpWorks() {
        assertThat(run("create", "--slug", "x")).isEqualTo(2);
        assertThat(run("move", "x", "1", "first")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("publish", "--help")).isZero();
        assertThat(out.toString()).contains("--force", "--base-url", "--data");
    }

    /** The test's photos in memory, its galleries kept across commands, published to a folder under the data. */
    private Backends backends() {
        if (library == null) {
            library = TestLibraries.of(new MapPhotoStore(photos), blobs, new FolderSite(data.resolve("published")),
                    Clock.systemUTC());
        }
        return new Backends() {
            @Override
            public Library open(LibraryOptions options) {
                return library;
            }

            @Override
            public boolean exists() {
                return true;
            }

            @Override
            public String describe() {
                return data.toString();
            }
        };
    }

    /** The photos of the test, read-only. */
    private record MapPhotoStore(Map<Long, Photo> photos) implements PhotoStore {
        public Optional<Photo> findById(long id) { return Optional.ofNullable(photos.get(id)); }
        public Optional<Photo> findBySha256(String sha256) { return Optional.empty(); }
        public Optional<Photo> findByTransmissionReference(String ref) { return Optional.empty(); }
        public Optional<Photo> findByPixelHash(String pixelHash) { return Optional.empty(); }
        public Optional<Photo> findByItemId(String itemId) { return Optional.empty(); }
        public List<Photo> findAllByItemId(String itemId, int limit) { return List.of(); }
        public List<Photo> findAllByPixelHash(String pixelHash, int limit) { return List.of(); }
        public List<org.photodesk.core.photo.ResendNotice> notices(long id) { return List.of(); }
        public org.photodesk.core.photo.ResendNotice resolveNotice(long photoId, long noticeId,
                org.photodesk.core.photo.ResendNotice.Resolution choice, String user, java.time.Instant at) {
            throw new UnsupportedOperationException();
        }
        public Optional<Photo> putPerceptualHash(String sha256, long hash) { throw new UnsupportedOperationException(); }
        public Photo add(PhotoRecord record) { throw new UnsupportedOperationException(); }
        public Photo update(org.photodesk.core.photo.PhotoChange change) { throw new UnsupportedOperationException(); }
        public Photo setKill(long id, org.photodesk.core.photo.PhotoKill kill) { throw new UnsupportedOperationException(); }
        public List<org.photodesk.core.photo.PhotoEdit> edits(long id) { return List.of(); }
        public List<PhotoVersion> history(long id) { return List.of(); }
        public List<Photo> page(long afterId, int limit) { return List.of(); }
        public long count() { return photos.size(); }
        public long lastChange() { return 0; }
        public List<Long> changedSince(long sinceChange) { return List.of(); }
        public void close() { }
    }

    /** An index the gallery commands never search; closing the library commits it, which changes nothing here. */
    private static final class NoIndex implements SearchIndex {
        public void index(Photo photo) { throw new UnsupportedOperationException(); }
        public void delete(long photoId) { throw new UnsupportedOperationException(); }
        public void clear() { throw new UnsupportedOperationException(); }
        public void commit(long storeChange) { }
        public long lastStoreChange() { return 0; }
        public long count() { return 0; }
        public SearchResult search(SearchRequest request) { throw new UnsupportedOperationException(); }
        public void close() { }
    }
}
