package org.photodesk.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.ingest.IndexSync;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryNotFoundException;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.search.IndexDamagedException;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.testing.FaultyDisks;
import org.photodesk.core.testing.TestImages;

/** The embedded library under faults: a read-only folder, a damaged index, many processes opening a new library. */
class LibraryFaultsIT {

    @TempDir
    Path tmp;

    private Path libraryWithPhotos(int n) throws IOException {
        Path data = tmp.resolve("data");
        try (Library library = EmbeddedBackends.open(data)) {
            for (int i = 0; i < n; i++) {
                Path file = TestImages.taggedJpeg(tmp.resolve("p" + i + ".jpg"), i,
                        "-IPTC:Caption-Abstract=Flooded street number " + i + " in Valencia.");
                library.ingestor().ingest(file);
            }
            library.galleries().create(Gallery.draft("floods", "Floods", null, null, null, library.clock().instant())
                    .addPhoto(1));
        }
        return data;
    }

    private static SearchRequest all() {
        return new SearchRequest(new Query.All(), SearchRequest.Sort.INGESTED, 0, 100);
    }

    @Test
    void aReadOnlyLibraryOpensToReadAndNothingInItIsWritten() throws IOException {
        Path data = libraryWithPhotos(3);
        Map<String, String> before = listing(data);

        try (FaultyDisks.Mounted view = FaultyDisks.readOnly(data, tmp.resolve("ro"));
                Library library = new EmbeddedBackends(view.path()).openReadOnly(LibraryOptions.DEFAULT)) {
            assertThat(library.store().count()).isEqualTo(3);
            assertThat(library.index().search(all()).total()).isEqualTo(3);
            assertThat(library.store().findById(2).orElseThrow().metadata().caption()).contains("number 1");
            assertThat(library.galleries().list()).extracting(Gallery::slug).containsExactly("floods");
            assertThat(library.accounts().count()).isZero();
            assertThat(library.events().roster()).isEmpty();
        }

        assertThat(listing(data)).isEqualTo(before);
    }

    @Test
    void openingToReadNeverCreatesALibrary() {
        Path nowhere = tmp.resolve("nowhere");

        assertThatThrownBy(() -> new EmbeddedBackends(nowhere).openReadOnly(LibraryOptions.DEFAULT))
                .isInstanceOf(LibraryNotFoundException.class).hasMessageContaining("no library in");
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void aDamagedIndexOpensSaysSoAndIsRebuiltFromTheStore() throws IOException {
        Path data = libraryWithPhotos(3);
        damageIndex(data.resolve("index"));

        try (Library library = EmbeddedBackends.open(data)) {
            assertThat(library.index().damage()).get().asString().contains("damaged").contains("photodesk reindex");
            assertThatThrownBy(() -> library.index().search(all())).isInstanceOf(IndexDamagedException.class)
                    .hasMessageContaining("photodesk reindex");
            assertThat(library.store().count()).isEqualTo(3);

            assertThat(new IndexSync(library.store(), library.index()).rebuild()).isEqualTo(3);

            assertThat(library.index().damage()).isEmpty();
            assertThat(library.index().search(all()).total()).isEqualTo(3);
        }
        try (Library library = EmbeddedBackends.open(data)) {
            assertThat(library.index().damage()).isEmpty();
            assertThat(library.index().search(all()).total()).isEqualTo(3);
        }
    }

    @Test
    void aDamagedIndexIsReportedToAReaderWithoutBeingTouched() throws IOException {
        Path data = libraryWithPhotos(2);
        damageIndex(data.resolve("index"));
        Map<String, String> before = listing(data.resolve("index"));

        try (Library library = new EmbeddedBackends(data).openReadOnly(LibraryOptions.DEFAULT)) {
            assertThat(library.index().damage()).isPresent();
            assertThat(library.store().count()).isEqualTo(2);
        }

        assertThat(listing(data.resolve("index"))).isEqualTo(before);
    }

    @Test
    void manyOpeningANewLibraryAtOnceAllSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path data = tmp.resolve("new-" + round);
            int n = 6;
            var start = new CountDownLatch(1);
            List<Future<Long>> opens = new ArrayList<>();
            try (ExecutorService threads = Executors.newFixedThreadPool(n)) {
                for (int i = 0; i < n; i++) {
                    opens.add(threads.submit((Callable<Long>) () -> {
                        start.await();
                        try (Library library = new EmbeddedBackends(data).open(LibraryOptions.DEFAULT)) {
                            return library.store().count();
                        }
                    }));
                }
                start.countDown();
                for (Future<Long> open : opens) {
                    assertThat(open.get()).isZero();
                }
            }
        }
    }

    /** Writes garbage into the middle of every file of the index, as a failing disk would. */
    static void damageIndex(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (int i = bytes.length / 3; i < Math.min(bytes.length, bytes.length / 3 + 16); i++) {
                    bytes[i] ^= 0x5A;
                }
                Files.write(f, bytes);
            }
        }
    }

    /** Every file and folder under {@code root} with its size and modification time. */
    static Map<String, String> listing(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                out.put(root.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                        : Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }
}
