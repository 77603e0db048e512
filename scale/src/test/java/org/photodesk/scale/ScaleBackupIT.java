package org.photodesk.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.account.Role;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.check.HouseStyle;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.library.BackupManifest;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryAddress;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.photo.Sha256;
import org.photodesk.core.publish.GalleryPublisher;
import org.photodesk.core.render.StoredRenditions;
import org.photodesk.core.search.SearchRequest;
import org.photodesk.core.testing.TestImages;
import org.photodesk.scale.postgres.PgDatabase;
import org.photodesk.scale.postgres.PostgresAddress;
import org.photodesk.scale.testing.LocalPostgres;
import org.photodesk.scale.testing.LocalS3;
import org.photodesk.scale.testing.OpenSearchNodeExtension;
import org.photodesk.scale.testing.ScaleServers;

/**
 * {@code photodesk backup} and {@code restore} on the scale-out backends: a library on PostgreSQL, S3 and OpenSearch
 * is backed up while it is in use, restored into a new schema, bucket and index (the index rebuilt from the store),
 * and comes back whole; a damaged backup and an occupied target are refused without writing anything.
 */
@ExtendWith({ScaleServers.class, OpenSearchNodeExtension.class})
class ScaleBackupIT {

    private static final Instant T = Instant.parse("2024-08-11T08:00:00Z");

    @TempDir
    Path dir;

    /** The address {@link #backends} made last. */
    private LibraryAddress last;

    private ScaleBackends backends(LocalPostgres pg, LocalS3 s3, OpenSearchNodeExtension.Node node) {
        var address = new LibraryAddress(dir.resolve("data-" + System.nanoTime()), LocalPostgres.url(pg.freshSchema()),
                node.freshIndex().toString(), s3.url(s3.freshBucket()));
        last = address;
        return new ScaleBackends(address, ScaleBackends.searchIndexFactories(), name -> null, Clock.systemUTC());
    }

    @Test
    void aLibraryOnTheSharedServersIsBackedUpAndRestoredWhole(LocalPostgres pg, LocalS3 s3,
            OpenSearchNodeExtension.Node node) throws IOException {
        ScaleBackends source = backends(pg, s3, node);
        List<Long> ids = fill(source);
        Path backup = dir.resolve("backup");

        BackupManifest taken;
        try (Library busy = source.open(LibraryOptions.DEFAULT)) {
            taken = source.backups().orElseThrow().backup(backup);
            // writes after the snapshot are not in the backup
            busy.ingestor().ingest("after.jpg", TestImages.jpeg(320, 240, 777));
            busy.flush();
        }

        assertThat(taken.format()).isEqualTo(ScaleBackup.FORMAT);
        assertThat(taken.photos()).isEqualTo(ids.size());
        assertThat(taken.galleries()).isEqualTo(1);
        assertThat(taken.accounts()).isEqualTo(1);
        assertThat(taken.auditEntries()).isEqualTo(1);
        assertThat(taken.originals()).isEqualTo(ids.size());
        assertThat(taken.renditions()).isPositive();
        assertThat(taken.publishedFiles()).isPositive();
        assertThat(taken.problems()).isZero();
        assertThat(checkSums(backup)).as("every file as SHA256SUMS lists it").isPositive();

        ScaleBackends target = backends(pg, s3, node);
        BackupManifest restored = target.backups().orElseThrow().restore(backup);

        assertThat(restored).isEqualTo(taken);
        try (Library from = source.open(LibraryOptions.DEFAULT); Library to = target.open(LibraryOptions.DEFAULT)) {
            for (long id : ids) {
                Photo there = from.store().findById(id).orElseThrow();
                Photo here = to.store().findById(id).orElseThrow();
                assertThat(here).usingRecursiveComparison().isEqualTo(there);
                assertThat(to.store().history(id)).isEqualTo(from.store().history(id));
                assertThat(to.store().edits(id)).isEqualTo(from.store().edits(id));
                try (InputStream in = to.blobs().open(here.sha256())) {
                    assertThat(Sha256.hex(in.readAllBytes())).isEqualTo(here.sha256());
                }
                assertThat(to.blobs().hasRendition(here.sha256(), StoredRenditions.THUMB)).isTrue();
            }
            assertThat(to.store().count()).as("the photo ingested after the backup is not there").isEqualTo(ids.size());
            assertThat(to.store().findById(ids.get(2)).orElseThrow().kill()).isNotNull();
            assertThat(to.galleries().findBySlug("closing").orElseThrow().photoIds())
                    .containsExactly(ids.get(1), ids.get(0));
            assertThat(to.site().files("closing")).isEqualTo(from.site().files("closing")).contains("index.html");
            assertThat(to.accounts().find("maria")).isPresent();
            assertThat(to.audit().recent("photo/" + ids.getFirst(), 10)).extracting(AuditLog.Entry::action)
                    .containsExactly("edit");

            assertThat(to.index().count()).as("the index rebuilt from the restored store").isEqualTo(ids.size());
            var found = to.index().search(new SearchRequest(to.queryParser().parse("corrected"),
                    SearchRequest.Sort.RELEVANCE, 0, 10));
            assertThat(found.ids()).containsExactly(ids.getFirst());

            Photo next = ((IngestOutcome.Added) to.ingestor().ingest("new.jpg", TestImages.jpeg(320, 240, 999)))
                    .photo();
            assertThat(next.id()).as("new ids come after the restored ones").isGreaterThan(ids.getLast());
        }

        assertThatThrownBy(() -> target.backups().orElseThrow().restore(backup))
                .as("a target that holds a library").hasMessageContaining("a library is already there");
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsWritten(LocalPostgres pg, LocalS3 s3,
            OpenSearchNodeExtension.Node node) throws IOException {
        ScaleBackends source = backends(pg, s3, node);
        List<Long> ids = fill(source);
        Path backup = dir.resolve("backup");
        source.backups().orElseThrow().backup(backup);
        Photo first;
        try (Library lib = source.open(LibraryOptions.DEFAULT)) {
            first = lib.store().findById(ids.getFirst()).orElseThrow();
        }
        Path original = backup.resolve("objects").resolve(first.sha256().substring(0, 2))
                .resolve(first.sha256().substring(2, 4)).resolve(first.sha256());
        byte[] bytes = Files.readAllBytes(original);
        bytes[bytes.length / 2] ^= 1;
        Files.write(original, bytes);

        ScaleBackends target = backends(pg, s3, node);
        assertThatThrownBy(() -> target.backups().orElseThrow().restore(backup))
                .hasMessageContaining("does not match its checksum");
        assertThat(PgDatabase.hasTables(PostgresAddress.parse(last.store(), name -> null)))
                .as("nothing written to the target's store").isFalse();
    }

    /** Six photos (one edited, one killed), a published gallery, an account and an audit entry. */
    private static List<Long> fill(ScaleBackends backends) throws IOException {
        var ids = new ArrayList<Long>();
        try (Library lib = backends.open(LibraryOptions.DEFAULT)) {
            for (int i = 0; i < 6; i++) {
                IngestOutcome o = lib.ingestor().ingest("p" + i + ".jpg", TestImages.jpeg(640, 480, i * 37 + 1));
                ids.add(((IngestOutcome.Added) o).photo().id());
            }
            lib.flush();
            lib.editor().edit(ids.getFirst(), "caption", "A corrected caption.", "maria");
            lib.audit().record("maria", "edit", "photo/" + ids.getFirst(), "caption", null, "A corrected caption.");
            lib.store().setKill(ids.get(2), new PhotoKill(T, "KILL: withdrawn", PhotoKill.AGENCY, "AP"));
            lib.galleries().create(Gallery.draft("closing", "Closing", "Intro", "Closing ceremony",
                    LocalDate.of(2024, 8, 11), T).addPhoto(ids.get(1)).addPhoto(ids.get(0)));
            var style = HouseStyle.of(lib.store(), lib.clock());
            new GalleryPublisher(lib.site(), lib.locks(), lib.galleries(), lib.store()::findById, lib.renditions(),
                    style.creditLines(), style.captionChecks(), lib.clock()).publish("closing", "http://x/", true);
            lib.accounts().create("maria", "hash-of-maria", Role.EDITOR, T);
            lib.flush();
        }
        return ids;
    }

    /** Checks every line of the backup's SHA256SUMS as {@code sha256sum -c} would; returns how many files it lists. */
    private static int checkSums(Path backup) throws IOException {
        List<String> lines = Files.readAllLines(backup.resolve(ScaleBackup.SUMS), StandardCharsets.UTF_8);
        for (String line : lines) {
            String file = line.substring(66);
            assertThat(Sha256.hex(Files.readAllBytes(backup.resolve(file)))).as(file).isEqualTo(line.substring(0, 64));
        }
        return lines.size();
    }
}
