package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.feed.http.UrlFetcher;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.CreditLineFormatter;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.photo.ResendNotice;
import org.photodesk.core.publish.GalleryPublisher;
import org.photodesk.core.publish.Kills;
import org.photodesk.core.testing.TestImages;
import org.photodesk.core.testing.TestLibraries;

/** Feed documents taken into an in-memory library: merged metadata, corrections over desk edits, kills, packages. */
class FeedIntakeTest {

    private static final String GUID = "urn:newsml:wire.example:20261102:PX-7001";

    @TempDir
    Path dir;

    private Library library;
    private FeedIntake intake;
    private Pictures pictures;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"), ZoneOffset.UTC);
        library = TestLibraries.inMemory(clock);
        var publisher = new GalleryPublisher(library.site(), library.locks(), library.galleries(),
                library.store()::findById, library.renditions(), CreditLineFormatter.DEFAULT, CaptionChecker.NONE,
                clock);
        var kills = new Kills(library.store(), library.galleries(), publisher, library.audit(),
                library.ingestor()::reindex, clock);
        intake = new FeedIntake(library.ingestor(), library.store(),
                (id, reason, user) -> kills.kill(id, reason, PhotoKill.FEED, user).photo());
        pictures = Pictures.inFolder(dir, new UrlFetcher(UrlFetcher.Limits.DEFAULT), 50_000_000);
    }

    private List<FeedOutcome> take(String fixture) {
        return intake.take(fixture, Fixtures.bytes("intake/" + fixture), pictures, "test");
    }

    private void picture(String name, int seed) throws IOException {
        Files.write(dir.resolve(name), TestImages.jpeg(640, 480, seed));
    }

    private Photo photo() {
        return intake.ledger() instanceof LibraryLedger l ? l.photo(GUID).orElseThrow() : null;
    }

    @Test
    void aNewsItemIsIngestedWithTheFeedsMetadataAndBothKeptRaw() throws IOException {
        picture("PX-7001.jpg", 7);

        List<FeedOutcome> outcomes = take("tram-v1.xml");

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(FeedOutcome.Ingested.class,
                i -> assertThat(i.outcome()).isInstanceOf(IngestOutcome.Added.class));
        Photo photo = photo();
        assertThat(photo.metadata().caption()).startsWith("A tram waits at a snow-covered stop near the Hauptbahnhof");
        assertThat(photo.metadata().headline()).isEqualTo("First snow slows trams in Leipzig");
        assertThat(photo.metadata().city()).isEqualTo("Leipzig");
        assertThat(photo.metadata().credit()).isEqualTo("Example Wire/Ida Brenner");
        assertThat(photo.identity().ids()).contains(LibraryLedger.ID_SCHEME + GUID);
        assertThat(photo.identity().version()).isEqualTo("1");
        assertThat(photo.raw().feed()).containsEntry("guid", List.of(GUID)).containsKey("description");
        assertThat(library.store().count()).isEqualTo(1);
    }

    @Test
    void aCorrectionUpdatesInPlaceAndLeavesANoticeOverTheDesksEdit() throws IOException {
        picture("PX-7001.jpg", 7);
        take("tram-v1.xml");
        long id = photo().id();
        library.editor().edit(id, "caption", "Desk: a tram at a stop near the Hauptbahnhof, Leipzig.", "maria");
        int edited = library.store().findById(id).orElseThrow().version();

        List<FeedOutcome> outcomes = take("tram-v2-correction.xml");

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(FeedOutcome.Ingested.class,
                i -> assertThat(i.outcome()).isInstanceOf(IngestOutcome.Updated.class));
        Photo after = library.store().findById(id).orElseThrow();
        assertThat(after.version()).isEqualTo(edited + 1);
        assertThat(after.identity().version()).isEqualTo("2");
        assertThat(after.embedded().caption()).contains("Augustusplatz");
        assertThat(after.metadata().caption()).startsWith("Desk:");   // the desk's edit stands
        ResendNotice notice = library.store().notices(id).getLast();
        assertThat(notice.kind()).isEqualTo(ResendNotice.Kind.CORRECTION);
        assertThat(notice.note()).contains("AUGUSTUSPLATZ");
        assertThat(notice.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("caption");
            assertThat(c.deskEdited()).isTrue();
        });
        assertThat(library.store().count()).isEqualTo(1);
    }

    @Test
    void theSameVersionAgainOrAnOlderOneChangesNothing() throws IOException {
        picture("PX-7001.jpg", 7);
        take("tram-v1.xml");
        take("tram-v2-correction.xml");

        assertThat(take("tram-v1.xml")).singleElement().isInstanceOf(FeedOutcome.Skipped.class);
        assertThat(take("tram-v2-correction.xml")).singleElement().isInstanceOf(FeedOutcome.Skipped.class);
        assertThat(photo().identity().version()).isEqualTo("2");
    }

    @Test
    void aKillKillsThePhotoAndIsAudited() throws IOException {
        picture("PX-7001.jpg", 7);
        take("tram-v1.xml");

        List<FeedOutcome> outcomes = take("tram-v3-kill.xml");

        assertThat(outcomes).singleElement().isInstanceOfSatisfying(FeedOutcome.Killed.class,
                k -> assertThat(k.reason()).startsWith("MANDATORY KILL"));
        Photo killed = photo();
        assertThat(killed.killed()).isTrue();
        assertThat(killed.kill().source()).isEqualTo(PhotoKill.FEED);
        assertThat(library.audit().recent("photo/" + killed.id(), 5)).extracting(e -> e.action())
                .contains("photo.kill");
    }

    @Test
    void aKillBeforeTheItemIsNotedAndALateUsableCopyIsRefused() throws IOException {
        picture("PX-7001.jpg", 7);

        assertThat(take("tram-v3-kill.xml")).singleElement().isInstanceOf(FeedOutcome.KillNoted.class);
        assertThat(take("tram-v1.xml")).singleElement().isInstanceOf(FeedOutcome.Skipped.class);
        assertThat(library.store().count()).isZero();
    }

    @Test
    void aNinjsPictureIsIngestedWithItsFields() throws IOException {
        picture("PX-7002.jpg", 21);

        assertThat(take("ferry-ninjs2.json")).singleElement().isInstanceOf(FeedOutcome.Ingested.class);

        Photo photo = ((LibraryLedger) intake.ledger()).photo("https://wire.example/items/PX-7002").orElseThrow();
        assertThat(photo.metadata().caption()).startsWith("Passengers read a notice");
        assertThat(photo.metadata().city()).isEqualTo("Kiel");
        assertThat(photo.metadata().byline()).contains("Ole Hansen");
    }

    @Test
    void aPackageIngestsEachPictureAndMakesNoGallery() throws IOException {
        picture("PX-7101.jpg", 31);
        picture("PX-7102.jpg", 32);

        List<FeedOutcome> outcomes = take("storm-message.xml");

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.getFirst()).isInstanceOf(FeedOutcome.Skipped.class);
        assertThat(outcomes.subList(1, 3)).allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(
                FeedOutcome.Ingested.class, i -> assertThat(i.outcome()).isInstanceOf(IngestOutcome.Added.class)));
        assertThat(library.galleries().list()).isEmpty();
    }

    @Test
    void aPictureAlreadyIngestedAsAFileTakesTheFeedsMetadata() throws IOException {
        picture("PX-7001.jpg", 7);
        IngestOutcome plain = library.ingestor().ingest(dir.resolve("PX-7001.jpg"));

        take("tram-v1.xml");

        assertThat(library.store().count()).isEqualTo(1);
        Photo photo = photo();
        assertThat(photo.id()).isEqualTo(((IngestOutcome.Added) plain).photo().id());
        assertThat(photo.metadata().headline()).isEqualTo("First snow slows trams in Leipzig");
    }

    @Test
    void aMissingPictureOrOneOutsideTheFolderIsAFailureWithAReason() {
        assertThat(take("tram-v1.xml")).singleElement().isInstanceOfSatisfying(FeedOutcome.Failed.class,
                f -> assertThat(f.reason()).contains("not found beside the feed file"));
        assertThat(pictures.fetch("../etc/passwd")).isInstanceOf(org.photodesk.core.feed.http.UrlFetch.Refused.class);
        assertThat(pictures.fetch("http://127.0.0.1:9/x.jpg"))
                .isInstanceOf(org.photodesk.core.feed.http.UrlFetch.Refused.class);
    }

    @Test
    void theHotFolderRouteTakesAFeedDocument() throws IOException {
        picture("PX-7001.jpg", 7);
        Files.write(dir.resolve("tram-v1.xml"), Fixtures.bytes("intake/tram-v1.xml"));
        library.ingestor().routeDocuments(intake.route(new UrlFetcher(UrlFetcher.Limits.DEFAULT), 50_000_000, "hot"));

        List<IngestOutcome> outcomes = library.ingestor().ingestAny(dir.resolve("tram-v1.xml"));

        assertThat(outcomes).singleElement().isInstanceOf(IngestOutcome.Added.class);
        assertThat(photo().metadata().headline()).isEqualTo("First snow slows trams in Leipzig");
    }
}
