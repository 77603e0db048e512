package org.photodesk.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.account.Role;
import org.photodesk.core.article.ArticleReader;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.check.HouseStyle;
import org.photodesk.core.event.EventDecision;
import org.photodesk.core.event.RosterName;
import org.photodesk.core.event.StoredArticle;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.library.Library;
import org.photodesk.core.library.LibraryAddress;
import org.photodesk.core.library.LibraryCopy;
import org.photodesk.core.library.LibraryOptions;
import org.photodesk.core.library.LibraryRestore;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.photo.PhotoVersion;
import org.photodesk.core.photo.ResendNotice;
import org.photodesk.core.publish.GalleryPublisher;
import org.photodesk.core.render.StoredRenditions;
import org.photodesk.core.testing.TestImages;
import org.photodesk.embedded.EmbeddedBackends;
import org.photodesk.scale.testing.LocalPostgres;
import org.photodesk.scale.testing.LocalS3;
import org.photodesk.scale.testing.ScaleServers;

/**
 * Moving up: an embedded library with every kind of record is copied into PostgreSQL and S3, interrupted half-way,
 * resumed, and checked whole.
 */
@ExtendWith(ScaleServers.class)
class MigrateIT {

    private static final Instant T = Instant.parse("2024-08-11T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anEmbeddedLibraryMovesUpWholeAndAnInterruptedCopyResumes(LocalPostgres pg, LocalS3 s3) throws IOException {
        Path data = dir.resolve("data");
        List<Long> ids = fillEmbeddedLibrary(data);
        long resent = addResentKilledAndHashed(data, ids);
        var address = new LibraryAddress(data, LocalPostgres.url(pg.freshSchema()), null, s3.url(s3.freshBucket()));
        var target = new ScaleBackends(address, Map.of(), name -> null, Clock.systemUTC());

        try (Library from = EmbeddedBackends.open(data); Library to = target.open(LibraryOptions.DEFAULT);
                LibraryRestore restore = target.openRestore().orElseThrow()) {
            var failing = new FailingAfter(restore, 5);
            assertThatThrownBy(() -> new LibraryCopy(from, to, failing, line -> { }, Clock.systemUTC()).run())
                    .hasMessageContaining("interrupted");

            var lines = new ArrayList<String>();
            LibraryCopy.Report report = new LibraryCopy(from, to, restore, lines::add, Clock.systemUTC()).run();

            assertThat(report.problems()).isEmpty();
            assertThat(report.verified()).isTrue();
            assertThat(report.skipped().get("photos")).as("copied before the interruption").isEqualTo(5);
            assertThat(report.copied().get("photos")).isEqualTo(ids.size() - 5);
            assertThat(lines).anyMatch(l -> l.startsWith("photos: "));

            Photo edited = to.store().findById(ids.getFirst()).orElseThrow();
            assertThat(edited.metadata().caption()).isEqualTo("A corrected caption.");
            assertThat(edited.version()).isEqualTo(3);
            assertThat(to.store().history(edited.id())).hasSize(1);
            assertThat(to.store().edits(edited.id())).extracting(PhotoEdit::user).containsExactly("maria", "tom");
            assertThat(to.galleries().findBySlug("closing").orElseThrow().photoIds())
                    .containsExactly(ids.get(1), ids.get(0));
            assertThat(to.site().files("closing")).isEqualTo(from.site().files("closing")).contains("index.html");
            assertThat(to.events().roster("Closing ceremony")).extracting(RosterName::name).containsExactly("Angèle");
            assertThat(to.events().decisions()).hasSize(1);
            assertThat(to.templates().list()).isEqualTo(from.templates().list()).hasSize(1);
            assertThat(to.accounts().find("maria")).isPresent();
            assertThat(to.audit().recent("photo/" + ids.getFirst(), 10)).extracting(AuditLog.Entry::action)
                    .containsExactly("edit");
            assertThat(to.blobs().hasRendition(edited.sha256(), StoredRenditions.THUMB)).isTrue();
            assertThat(to.accounts().find("maria").orElseThrow().user().enabled()).as("disabled stays so").isFalse();
            assertThat(to.accounts().find("ana").orElseThrow().user().enabled()).isTrue();

            Photo source = from.store().findById(resent).orElseThrow();
            assertThat(source.identity().ids()).isNotEmpty();
            for (String itemId : source.identity().ids()) {
                assertThat(to.store().findByItemId(itemId)).map(Photo::id).contains(resent);
            }
            assertThat(to.store().findById(resent).orElseThrow().identity()).isEqualTo(source.identity());
            assertThat(to.store().notices(resent)).singleElement().satisfies(n -> {
                ResendNotice there = from.store().notices(resent).getFirst();
                assertThat(n.id()).isEqualTo(there.id());
                assertThat(n.kind()).isEqualTo(ResendNotice.Kind.CORRECTION);
                assertThat(n.note()).isEqualTo("CORRECTS NAME OF VENUE");
                assertThat(n.changes()).isEqualTo(there.changes());
                assertThat(n.pending()).isTrue();
            });
            assertThat(to.store().withPendingNotices(ids)).containsExactly(resent);
            assertThat(to.store().findById(ids.get(2)).orElseThrow().kill()).satisfies(k -> {
                assertThat(k.reason()).isEqualTo("MANDATORY KILL: the picture was altered");
                assertThat(k.source()).isEqualTo(PhotoKill.AGENCY);
            });
            assertThat(to.store().findById(ids.get(3)).orElseThrow().perceptualHash()).isEqualTo(0x0123456789abcdefL);
            assertThat(to.index().count()).as("the index follows the copied store").isEqualTo(ids.size());

            LibraryCopy.Report again = new LibraryCopy(from, to, restore, line -> { }, Clock.systemUTC()).run();
            assertThat(again.copied().get("photos")).as("nothing left to copy").isNull();
            assertThat(again.verified()).isTrue();
        }
        try (Library to = target.open(LibraryOptions.DEFAULT)) {
            Photo next = ((IngestOutcome.Added) to.ingestor().ingest("new.jpg", TestImages.jpeg(320, 240, 999)))
                    .photo();
            assertThat(next.id()).as("new ids come after the copied ones").isGreaterThan(ids.getLast());
        }
    }

    /**
     * Adds to the library in {@code data} an AP photo carrying an item id that an editor edits and the agency then
     * corrects (a pending notice), kills photo {@code ids[2]}, gives {@code ids[3]} a perceptual hash, and disables
     * maria beside an admin; returns the corrected photo's id, added to {@code ids}.
     */
    private long addResentKilledAndHashed(Path data, List<Long> ids) throws IOException {
        Path v1 = TestImages.taggedJpeg(dir.resolve("v1.jpg"), 13, "-IPTC:Credit=AP", "-IPTC:By-line=Laura Benning",
                "-XMP-plus:ImageSupplierImageID=RTX9QK2F", "-IPTC:DateCreated=20240811",
                "-IPTC:TimeCreated=210405+0200", "-IPTC:Caption-Abstract=Fans gather at the Stade de France.");
        Path v2 = java.nio.file.Files.copy(v1, dir.resolve("v2.jpg"));
        TestImages.exiftool(v2, "-IPTC:Caption-Abstract=Fans gather at the Stade Velodrome.",
                "-IPTC:SpecialInstructions=CORRECTS NAME OF VENUE");
        try (Library lib = EmbeddedBackends.open(data)) {
            long id = ((IngestOutcome.Added) lib.ingestor().ingest(v1)).photo().id();
            lib.editor().edit(id, "caption", "Fans gather at the Stade de France before the final.", "maria");
            assertThat(lib.ingestor().ingest(v2)).isInstanceOf(IngestOutcome.Updated.class);
            lib.flush();
            lib.store().setKill(ids.get(2), new PhotoKill(T, "MANDATORY KILL: the picture was altered",
                    PhotoKill.AGENCY, "AP"));
            String sha = lib.store().findById(ids.get(3)).orElseThrow().sha256();
            lib.store().putPerceptualHash(sha, 0x0123456789abcdefL);
            lib.accounts().create("ana", "hash-of-ana", Role.ADMIN, T);
            lib.accounts().setEnabled("maria", false, T);
            ids.add(id);
            return id;
        }
    }

    /** An embedded library with photos (one edited twice), a published gallery, an article, a decision, a roster. */
    private static List<Long> fillEmbeddedLibrary(Path data) throws IOException {
        var ids = new ArrayList<Long>();
        try (Library lib = EmbeddedBackends.open(data)) {
            for (int i = 0; i < 12; i++) {
                IngestOutcome o = lib.ingestor().ingest("p" + i + ".jpg", TestImages.jpeg(640, 480, i * 37 + 1));
                ids.add(((IngestOutcome.Added) o).photo().id());
            }
            lib.flush();
            lib.editor().edit(ids.getFirst(), "caption", "A corrected caption.", "maria");
            lib.editor().edit(ids.getFirst(), "rating", "4", "tom");
            lib.audit().record("maria", "edit", "photo/" + ids.getFirst(), "caption", null, "A corrected caption.");
            lib.galleries().create(Gallery.draft("closing", "Closing", "Intro", "Closing ceremony",
                    LocalDate.of(2024, 8, 11), T).addPhoto(ids.get(1)).addPhoto(ids.get(0)));
            var style = HouseStyle.of(lib.store(), lib.clock());
            new GalleryPublisher(lib.site(), lib.locks(), lib.galleries(), lib.store()::findById, lib.renditions(),
                    style.creditLines(), style.captionChecks(), lib.clock()).publish("closing", "http://x/", true);
            String text = "date 2024-08-11\nA written test article about the closing ceremony in Paris.\n";
            var article = new ArticleReader().read("closing.txt#0", text).getFirst();
            lib.events().add(new StoredArticle(0, "closing.txt", "sha-closing", 0, article, null, T));
            lib.events().decide(new EventDecision.Rename("closing.txt#0", "Closing ceremony"), T);
            lib.events().put(new RosterName("Closing ceremony", "Angèle", List.of("Angele")));
            lib.templates().save(new org.photodesk.core.template.Template("Closing", List.of(
                    new org.photodesk.core.template.FieldRule("caption",
                            org.photodesk.core.template.FillMode.APPEND, "{city}, {date}."))));
            lib.accounts().create("maria", "hash-of-maria", Role.EDITOR, T);
        }
        return ids;
    }

    /** A restore that stops, as a crash would, after {@code limit} photos. */
    private record FailingAfter(LibraryRestore inner, int limit, AtomicInteger n) implements LibraryRestore {
        FailingAfter(LibraryRestore inner, int limit) {
            this(inner, limit, new AtomicInteger());
        }

        @Override
        public void putPhoto(Photo photo, long sizeBytes, List<PhotoVersion> history, List<PhotoEdit> edits,
                List<ResendNotice> notices) {
            if (n.incrementAndGet() > limit) {
                throw new IllegalStateException("interrupted (test)");
            }
            inner.putPhoto(photo, sizeBytes, history, edits, notices);
        }

        @Override public void putGallery(Gallery gallery) { inner.putGallery(gallery); }
        @Override public void putAudit(AuditLog.Entry entry) { inner.putAudit(entry); }
        @Override public void finish() { inner.finish(); }
        @Override public void close() { }
    }
}
