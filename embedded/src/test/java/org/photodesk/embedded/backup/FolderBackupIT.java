package org.photodesk.embedded.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.account.Role;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.library.BackupManifest;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryBackup;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.Sha256;
import org.photodesk.core.publish.BlobRenditionSource;
import org.photodesk.core.publish.GalleryPublisher;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.CreditLineFormatter;
import org.photodesk.core.search.Query;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.testing.TestImages;
import org.photodesk.embedded.EmbeddedBackends;

/**
 * A backup taken while photos keep arriving, restored into a new folder, compared with the library: the same photos
 * with intact originals, galleries, the published site, accounts and audit log.
 */
class FolderBackupIT {

    @TempDir
    Path tmp;

    @Test
    void aBackupTakenWhileIngestingRestoresToTheSameLibrary() throws Exception {
        Path data = tmp.resolve("data");
        var backends = new EmbeddedBackends(data);
        BackupManifest manifest;
        try (Library library = EmbeddedBackends.open(data)) {
            for (int i = 0; i < 20; i++) {
                library.ingestor().ingest(photo(i));
            }
            library.galleries().create(Gallery.draft("storm", "Storm", "The storm.", null, null, Instant.now())
                    .addPhoto(1).addPhoto(2).addPhoto(3));
            new GalleryPublisher(library.site(), library.locks(), library.galleries(), library.store()::findById,
                    new BlobRenditionSource(library.blobs()), CreditLineFormatter.DEFAULT, CaptionChecker.NONE,
                    library.clock()).publish("storm", "https://news.example/", true);
            library.accounts().create("editor", "hash-of-a-password", Role.EDITOR, Instant.now());
            library.audit().record("editor", "edit", "photo:1", "caption", "before", "after");

            var stop = new AtomicBoolean();
            var added = new AtomicInteger();
            try (ExecutorService ingest = Executors.newSingleThreadExecutor()) {
                Future<?> running = ingest.submit(() -> {
                    for (int i = 20; !stop.get() && i < 400; i++) {
                        if (library.ingestor().ingest(photo(i)) instanceof IngestOutcome.Added) {
                            added.incrementAndGet();
                        }
                    }
                    return null;
                });
                while (added.get() < 5) {
                    Thread.sleep(10);
                }
                manifest = backends.backups().orElseThrow().backup(tmp.resolve("backup"));
                stop.set(true);
                running.get();
            }
            library.flush();
            assertThat(manifest.photos()).isBetween(25L, library.store().count());
        }
        assertThat(manifest.format()).isEqualTo(FolderBackup.FORMAT);
        assertThat(manifest.problems()).isZero();
        assertThat(manifest.galleries()).isEqualTo(1);
        assertThat(manifest.accounts()).isEqualTo(1);
        assertThat(manifest.auditEntries()).isEqualTo(1);
        assertThat(manifest.originals()).isEqualTo(manifest.photos());
        assertThat(manifest.publishedFiles()).isGreaterThan(3);
        assertThat(sha256sumCheck(tmp.resolve("backup"))).isTrue();

        Path restored = tmp.resolve("restored");
        LibraryBackup restoring = new EmbeddedBackends(restored).backups().orElseThrow();
        assertThat(restoring.restore(tmp.resolve("backup"))).isEqualTo(manifest);

        try (Library original = EmbeddedBackends.open(data); Library copy = EmbeddedBackends.open(restored)) {
            List<Photo> copied = copy.store().page(0, 1000);
            assertThat(copied).hasSize((int) manifest.photos());
            for (Photo photo : copied) {
                // a photo stored just before the backup may have got its perceptual hash (made after its renditions)
                // just after it: the one derived field the copy may lack
                assertThat(original.store().findById(photo.id())
                        .map(p -> photo.perceptualHash() == null ? p.withPerceptualHash(null) : p)).contains(photo);
                try (InputStream in = copy.blobs().open(photo.sha256())) {
                    assertThat(Sha256.hex(in.readAllBytes())).isEqualTo(photo.sha256());
                }
            }
            assertThat(copy.index().search(new SearchRequest(new Query.All(), SearchRequest.Sort.INGESTED, 0, 1000))
                    .total()).isEqualTo(manifest.photos());
            assertThat(copy.galleries().list()).isEqualTo(original.galleries().list());
            assertThat(copy.accounts().list()).isEqualTo(original.accounts().list());
            assertThat(copy.accounts().find("editor").orElseThrow().passwordHash()).isEqualTo("hash-of-a-password");
            assertThat(copy.audit().recent("photo:1", 10)).isEqualTo(original.audit().recent("photo:1", 10));
            assertThat(Files.readString(restored.resolve("published/storm/index.html")))
                    .isEqualTo(Files.readString(data.resolve("published/storm/index.html")));
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingIsRestored() throws IOException {
        Path data = tmp.resolve("data");
        try (Library library = EmbeddedBackends.open(data)) {
            library.ingestor().ingest(photo(1));
        }
        Path backup = tmp.resolve("backup");
        new EmbeddedBackends(data).backups().orElseThrow().backup(backup);
        Path blob;
        try (var files = Files.walk(backup.resolve("blobs"), 3)) {
            blob = files.filter(p -> p.getFileName().toString().length() == 64).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length / 2] ^= 1;
        Files.write(blob, bytes);

        Path restored = tmp.resolve("restored");
        assertThatThrownBy(() -> new EmbeddedBackends(restored).backups().orElseThrow().restore(backup))
                .isInstanceOf(IOException.class).hasMessageContaining("does not match its checksum");
        assertThat(restored).doesNotExist();
    }

    @Test
    void aBackupNeverOverwritesAndNeverGoesInsideTheLibrary() throws IOException {
        Path data = tmp.resolve("data");
        try (Library library = EmbeddedBackends.open(data)) {
            library.ingestor().ingest(photo(1));
        }
        LibraryBackup backups = new EmbeddedBackends(data).backups().orElseThrow();
        Files.writeString(Files.createDirectories(tmp.resolve("taken")).resolve("x"), "x");

        assertThatThrownBy(() -> backups.backup(tmp.resolve("taken"))).hasMessageContaining("must be new or empty");
        assertThatThrownBy(() -> backups.backup(data.resolve("inside"))).hasMessageContaining("inside the library");
        assertThatThrownBy(() -> backups.restore(tmp.resolve("taken"))).hasMessageContaining("not a Photodesk backup");
    }

    private Path photo(int i) throws IOException {
        return Files.write(tmp.resolve("in-" + i + ".jpg"), TestImages.jpeg(96, 64, i));
    }

    private static boolean sha256sumCheck(Path backup) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sha256sum", "--quiet", "-c", FolderBackup.SUMS).directory(backup.toFile())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
