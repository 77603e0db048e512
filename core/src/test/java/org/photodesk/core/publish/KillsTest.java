package org.photodesk.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.audit.AuditLog;
import org.photodesk.core.gallery.CaptionChecker;
import org.photodesk.core.gallery.CreditLineFormatter;
import org.photodesk.core.gallery.Gallery;
import org.photodesk.core.library.Library;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.InMemorySite;
import org.photodesk.core.testing.StoreFixtures;
import org.photodesk.core.testing.TestLibraries;

/** Kills and the publish rules of rights, on a library of in-memory fakes. */
class KillsTest {

    private static final Instant NOW = Instant.parse("2024-08-12T10:00:00Z");
    private static final String BASE = "https://news.example/galleries/";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final InMemorySite site = new InMemorySite();
    private final List<Long> reindexed = new ArrayList<>();
    private Library library;
    private GalleryPublisher publisher;
    private Kills kills;

    @BeforeEach
    void open() {
        library = TestLibraries.of(new InMemoryPhotoStore(clock), blobs, site, clock);
        publisher = new GalleryPublisher(site, library.locks(), library.galleries(), library.store()::findById,
                library.renditions(), CreditLineFormatter.DEFAULT, CaptionChecker.NONE, clock);
        kills = new Kills(library.store(), library.galleries(), publisher, library.audit(), reindexed::add, clock);
    }

    private Photo photo(String name, PhotoMetadata m) {
        // a picture of its own for each name, stored under its true hash (publishing checks it)
        byte[] jpeg = TestJpegs.jpeg(800, 533, new Color(name.hashCode() & 0xFFFFFF), Color.BLUE);
        String sha = StoreFixtures.sha256(jpeg);
        blobs.put(sha, jpeg);
        return library.store().add(new PhotoRecord(sha, sha, name + ".jpg", new ImageInfo("image/jpeg", 800, 533, 1),
                1000, m, "AP", null, List.of()));
    }

    private static PhotoMetadata caption(String text) {
        return PhotoMetadata.builder().caption(text).byline(List.of("Jonas Keller")).credit("AP").build();
    }

    private Gallery published(String slug, Photo... photos) throws Exception {
        Gallery g = Gallery.draft(slug, "Marathon", null, null, null, NOW);
        for (Photo p : photos) {
            g = g.addPhoto(p.id());
        }
        library.galleries().create(g);
        assertThat(publisher.publish(slug, BASE, false)).isInstanceOf(PublishOutcome.Published.class);
        return library.galleries().findBySlug(slug).orElseThrow();
    }

    private String live(String slug, String path) {
        return site.file(slug, path).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
    }

    private List<String> actions() {
        return library.audit().recent(null, 100).stream().map(AuditLog.Entry::action).toList();
    }

    @Test
    void aKilledPhotoLeavesEveryPublishedGalleryThatShowedIt() throws Exception {
        Photo runner = photo("runner", caption("A runner crosses the line in Zürich."));
        Photo crowd = photo("crowd", caption("The crowd cheers in Zürich."));
        published("marathon", runner, crowd);
        assertThat(site.file("marathon", "images/" + runner.id() + "-original.jpg")).isPresent();

        Kills.Report report = kills.kill(runner.id(), "MANDATORY KILL: altered picture", PhotoKill.DESK, "tom");

        assertThat(report.galleries()).singleElement().satisfies(c -> {
            assertThat(c.slug()).isEqualTo("marathon");
            assertThat(c.action()).isEqualTo(Kills.Action.REPUBLISHED);
        });
        assertThat(library.store().findById(runner.id()).orElseThrow().killed()).isTrue();
        assertThat(reindexed).containsExactly(runner.id());
        assertThat(site.file("marathon", "images/" + runner.id() + "-original.jpg")).isEmpty();
        assertThat(live("marathon", "gallery.json")).doesNotContain("A runner crosses").contains("The crowd cheers");
        assertThat(live("marathon", "index.html")).doesNotContain("photo-" + runner.id() + "\"");
        assertThat(library.galleries().findBySlug("marathon").orElseThrow().photoIds()).containsExactly(crowd.id());
        assertThat(actions()).contains("photo.kill", "gallery.photos", "gallery.republish");
    }

    @Test
    void aGalleryWithNothingElseToShowIsTakenOffTheSite() throws Exception {
        Photo runner = photo("runner", caption("A runner crosses the line in Zürich."));
        published("solo", runner);

        Kills.Report report = kills.kill(runner.id(), "WITHDRAWN", PhotoKill.AGENCY, "AP");

        assertThat(report.galleries()).extracting(Kills.GalleryChange::action).containsExactly(Kills.Action.UNPUBLISHED);
        assertThat(site.find("solo/index.html")).isEmpty();
        Gallery g = library.galleries().findBySlug("solo").orElseThrow();
        assertThat(g.isLive()).isFalse();
        assertThat(g.wasUnpublished()).isTrue();
        assertThat(actions()).contains("gallery.unpublish");
    }

    @Test
    void aDraftKeepsTheKilledPhotoAndCannotBePublishedEvenWithForce() throws Exception {
        Photo runner = photo("runner", caption("A runner crosses the line in Zürich."));
        library.galleries().create(Gallery.draft("draft", "Draft", null, null, null, NOW).addPhoto(runner.id()));

        Kills.Report report = kills.kill(runner.id(), "KILL", PhotoKill.DESK, "tom");

        assertThat(report.galleries()).extracting(Kills.GalleryChange::action).containsExactly(Kills.Action.BLOCKED);
        PublishOutcome outcome = publisher.publish("draft", BASE, report1 -> true, OptionalLong.empty());
        assertThat(outcome).isInstanceOfSatisfying(PublishOutcome.Blocked.class, b ->
                assertThat(b.report().blocking()).singleElement().asString().contains("rights.killed"));
        assertThat(site.find("draft/index.html")).isEmpty();
    }

    @Test
    void anAgencysKillInThePhotosOwnWordsKillsIt() {
        Photo killed = photo("kill", PhotoMetadata.builder().caption("A runner crosses the line.")
                .instructions("MANDATORY KILL. The agency was not entitled to distribute this picture.").build());
        Photo fine = photo("fine", caption("The crowd cheers."));

        assertThat(kills.killIfNoticed(killed)).hasValueSatisfying(r ->
                assertThat(r.photo().kill().source()).isEqualTo(PhotoKill.AGENCY));
        assertThat(kills.killIfNoticed(fine)).isEmpty();
        assertThat(library.store().findById(killed.id()).orElseThrow().kill().reason())
                .startsWith("MANDATORY KILL");
    }

    @Test
    void aPictureUnderEmbargoIsNotPublishedBeforeItLiftsEvenWithForce() throws Exception {
        Photo embargoed = photo("embargo", PhotoMetadata.builder().caption("The minister speaks in Bern.")
                .byline(List.of("Jonas Keller")).credit("AP")
                .instructions("EMBARGOED UNTIL 0001 GMT AUG 13, 2024").build());
        library.galleries().create(Gallery.draft("bern", "Bern", null, null, null, NOW).addPhoto(embargoed.id()));

        PublishOutcome forced = publisher.publish("bern", BASE, report -> true, OptionalLong.empty());

        assertThat(forced).isInstanceOfSatisfying(PublishOutcome.Blocked.class, b ->
                assertThat(String.join("\n", b.report().blocking())).contains("rights.embargoed")
                        .contains("2024-08-13T00:01:00Z"));
        assertThat(site.find("bern/index.html")).isEmpty();

        var later = new GalleryPublisher(site, library.locks(), library.galleries(), library.store()::findById,
                library.renditions(), CreditLineFormatter.DEFAULT, CaptionChecker.NONE,
                Clock.fixed(Instant.parse("2024-08-13T00:02:00Z"), ZoneOffset.UTC));
        assertThat(later.publish("bern", BASE, false)).isInstanceOf(PublishOutcome.Published.class);
        assertThat(live("bern", "gallery.json")).contains("\"embargoedUntil\": \"2024-08-13T00:01:00Z\"")
                .doesNotContain("EMBARGOED");
    }

    @Test
    void aGalleryCanBeUnpublishedAndDeleted() throws Exception {
        Photo runner = photo("runner", caption("A runner crosses the line in Zürich."));
        published("marathon", runner);

        assertThat(publisher.unpublish("marathon")).hasValueSatisfying(g -> assertThat(g.wasUnpublished()).isTrue());
        assertThat(site.find("marathon/index.html")).isEmpty();
        assertThat(publisher.unpublish("nope")).isEmpty();

        published("again", runner);
        assertThat(publisher.delete("again")).isTrue();
        assertThat(site.find("again/index.html")).isEmpty();
        assertThat(library.galleries().findBySlug("again")).isEmpty();
        assertThat(publisher.delete("again")).isFalse();
    }
}
