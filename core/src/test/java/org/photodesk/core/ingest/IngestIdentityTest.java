package org.photodesk.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.ingest.IngestOutcome.Added;
import org.photodesk.core.ingest.IngestOutcome.Duplicate;
import org.photodesk.core.ingest.IngestOutcome.Updated;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.ResendNotice;
import org.photodesk.core.photo.WordDiff;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.InMemorySearchIndex;
import org.photodesk.core.testing.TestImages;

/**
 * Which file is the same photo as one the library holds, on files tagged by the real exiftool: same agency and
 * pixels, or the agency's own item id; never the IPTC 2:103 Job Id. A newer version wins, an older one changes
 * nothing, and a correction reaches the desk as a notice even over an editor's edit.
 */
class IngestIdentityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-11T21:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private InMemoryPhotoStore store;
    private Ingestor ingestor;
    private PhotoEditor editor;

    @BeforeEach
    void setUp() {
        store = new InMemoryPhotoStore(CLOCK);
        ingestor = new Ingestor(store, new InMemoryBlobStore(), new InMemorySearchIndex(), new MetadataReader(),
                MetadataEnricher.NONE, RenditionMaker.DEFERRED, new IngestLimits(10_000_000, 100), CLOCK);
        editor = new PhotoEditor(store, CLOCK);
    }

    /** An AP frame of an assignment: its own pixels ({@code seed}) and capture time, the assignment's Job Id. */
    private Path apFrame(String name, int seed, String time, String caption) throws IOException {
        return TestImages.taggedJpeg(dir.resolve(name), seed, "-IPTC:Credit=AP", "-IPTC:By-line=Laura Benning",
                "-IPTC:OriginalTransmissionReference=PAR-ROWING-0811", "-IPTC:DateCreated=20240811",
                "-IPTC:TimeCreated=" + time, "-IPTC:Caption-Abstract=" + caption);
    }

    /** A copy of {@code file} (same pixels) re-tagged by exiftool with {@code tags}. */
    private Path resend(Path file, String name, String... tags) throws IOException {
        Path copy = Files.copy(file, dir.resolve(name));
        TestImages.exiftool(copy, tags);
        return copy;
    }

    @Test
    void twoApFramesSharingAJobIdAreTwoPhotosGroupedByTheirAssignment() throws IOException {
        Path one = apFrame("one.jpg", 11, "063001+0200", "Rowers train on the Seine at dawn.");
        Path two = apFrame("two.jpg", 12, "063004+0200", "A coach watches rowers on the Seine.");

        var first = ingestor.ingest(one);
        var second = ingestor.ingest(two);

        assertThat(first).isInstanceOf(Added.class);
        assertThat(second).isInstanceOf(Added.class);
        assertThat(store.count()).isEqualTo(2);
        assertThat(store.page(0, 10)).extracting(p -> p.embedded().transmissionReference())
                .containsExactly("PAR-ROWING-0811", "PAR-ROWING-0811");
        assertThat(store.page(0, 10)).extracting(p -> p.metadata().caption())
                .containsExactly("Rowers train on the Seine at dawn.", "A coach watches rowers on the Seine.");
    }

    @Test
    void aCorrectionOverAnEditorsEditIsANoticeWithAWordDiffAndTheEditorChooses() throws IOException {
        Path v1 = apFrame("v1.jpg", 13, "210405+0200", "Fans gather at the Stade de France before the final.");
        Photo photo = ((Added) ingestor.ingest(v1)).photo();
        editor.edit(photo.id(), "caption", "Fans gather at the Stade de France before the men's final.", "maria");
        Path v2 = resend(v1, "v2.jpg", "-IPTC:Caption-Abstract=Fans gather at the Stade Velodrome before the final.",
                "-IPTC:SpecialInstructions=CORRECTS NAME OF VENUE");

        var outcome = ingestor.ingest(v2);

        assertThat(outcome).isInstanceOf(Updated.class);
        Photo updated = ((Updated) outcome).photo();
        assertThat(updated.id()).isEqualTo(photo.id());
        assertThat(updated.metadata().caption()).as("the desk's edit stands until an editor chooses")
                .isEqualTo("Fans gather at the Stade de France before the men's final.");
        ResendNotice notice = store.notices(photo.id()).getFirst();
        assertThat(notice.kind()).isEqualTo(ResendNotice.Kind.CORRECTION);
        assertThat(notice.note()).isEqualTo("CORRECTS NAME OF VENUE");
        assertThat(notice.pending()).isTrue();
        assertThat(notice.conflicts()).isTrue();
        ResendNotice.FieldChange caption = notice.changes().stream().filter(c -> c.field().equals("caption"))
                .findFirst().orElseThrow();
        assertThat(caption.desk()).isEqualTo("Fans gather at the Stade de France before the men's final.");
        assertThat(caption.diff()).containsExactly(
                new WordDiff.Part(WordDiff.Op.SAME, "Fans gather at the Stade "),
                new WordDiff.Part(WordDiff.Op.REMOVED, "de France "),
                new WordDiff.Part(WordDiff.Op.ADDED, "Velodrome "),
                new WordDiff.Part(WordDiff.Op.SAME, "before the final."));

        editor.resolve(photo.id(), notice.id(), ResendNotice.Resolution.TOOK_AGENCY, "tom");

        assertThat(store.findById(photo.id()).orElseThrow().metadata().caption())
                .isEqualTo("Fans gather at the Stade Velodrome before the final.");
        assertThat(store.notices(photo.id())).singleElement()
                .satisfies(n -> assertThat(n.resolution()).isEqualTo(ResendNotice.Resolution.TOOK_AGENCY));

        Path v3 = resend(v1, "v3.jpg", "-IPTC:Caption-Abstract=Fans gather at the Stade Velodrome before the final"
                + " in Marseille.", "-IPTC:SpecialInstructions=CORRECTS TO ADD CITY");
        ingestor.ingest(v3);

        assertThat(store.findById(photo.id()).orElseThrow().metadata().caption())
                .as("a field given back to the agency follows its next correction")
                .isEqualTo("Fans gather at the Stade Velodrome before the final in Marseille.");
        assertThat(store.notices(photo.id()).getLast().conflicts()).isFalse();
    }

    @Test
    void keepingTheDesksEditLeavesItStandingOverTheCorrection() throws IOException {
        Path v1 = apFrame("v1.jpg", 14, "210405+0200", "Players celebrate in Lile.");
        Photo photo = ((Added) ingestor.ingest(v1)).photo();
        editor.edit(photo.id(), "caption", "Players celebrate in Lille, France.", "maria");
        ingestor.ingest(resend(v1, "v2.jpg", "-IPTC:Caption-Abstract=Players celebrate in Lille.",
                "-IPTC:EditStatus=CORRECTION"));
        ResendNotice notice = store.notices(photo.id()).getFirst();
        assertThat(notice.kind()).isEqualTo(ResendNotice.Kind.CORRECTION);

        editor.resolve(photo.id(), notice.id(), ResendNotice.Resolution.KEPT_DESK, "maria");

        assertThat(store.findById(photo.id()).orElseThrow().metadata().caption())
                .isEqualTo("Players celebrate in Lille, France.");
        assertThat(store.notices(photo.id()).getFirst().pending()).isFalse();
    }

    @Test
    void anOlderVersionArrivingAfterANewerOneChangesNothing() throws IOException {
        Path v1 = TestImages.taggedJpeg(dir.resolve("v1.jpg"), 15, "-IPTC:Credit=AP",
                "-IPTC:Caption-Abstract=The mayor opens the bridge.", "-XMP-xmp:MetadataDate=2024:08:11 20:00:00Z");
        Path v2 = resend(v1, "v2.jpg", "-IPTC:Caption-Abstract=The deputy mayor opens the bridge.",
                "-IPTC:SpecialInstructions=CORRECTS TITLE", "-XMP-xmp:MetadataDate=2024:08:11 20:30:00Z");

        Photo photo = ((Added) ingestor.ingest(v2)).photo();
        var late = ingestor.ingest(v1);

        assertThat(late).isInstanceOfSatisfying(Duplicate.class, d -> {
            assertThat(d.photoId()).isEqualTo(photo.id());
            assertThat(d.reason()).contains("2024-08-11T20:00:00Z", "before the one held", "nothing changed");
        });
        Photo kept = store.findById(photo.id()).orElseThrow();
        assertThat(kept.metadata().caption()).isEqualTo("The deputy mayor opens the bridge.");
        assertThat(kept.version()).isEqualTo(1);
    }

    @Test
    void aLateCopyOfAnEarlierVersionWithoutDatesChangesNothing() throws IOException {
        Path v1 = TestImages.taggedJpeg(dir.resolve("v1.jpg"), 16, "-IPTC:Credit=AP",
                "-IPTC:Caption-Abstract=Smoke rises over the port.");
        Path v2 = resend(v1, "v2.jpg", "-IPTC:Caption-Abstract=Smoke rises over the port of Piraeus.",
                "-IPTC:SpecialInstructions=REFILE TO ADD LOCATION");
        // The first version again, relayed through another system that re-wrote its bytes but not its metadata.
        Path relayed = resend(v1, "v1-relayed.jpg", "-XMP-xmp:CreatorTool=Relay 2.1");

        Photo photo = ((Added) ingestor.ingest(v1)).photo();
        assertThat(ingestor.ingest(v2)).isInstanceOf(Updated.class);
        var late = ingestor.ingest(relayed);

        assertThat(late).isInstanceOfSatisfying(Duplicate.class,
                d -> assertThat(d.reason()).contains("copy of version 1"));
        assertThat(store.findById(photo.id()).orElseThrow().metadata().caption())
                .isEqualTo("Smoke rises over the port of Piraeus.");
        assertThat(store.notices(photo.id())).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(ResendNotice.Kind.UPDATE));
    }

    @Test
    void aRecropWithTheSameAgencyItemIdAndANewerVersionUpdatesInPlace() throws IOException {
        Path first = TestImages.taggedJpeg(dir.resolve("a.jpg"), 17, "-IPTC:Credit=Reuters",
                "-XMP-plus:ImageSupplierImageID=RTX9QK2F", "-XMP-xmpMM:VersionID=1",
                "-IPTC:Caption-Abstract=Firefighters at work.");
        Path recrop = TestImages.taggedJpeg(dir.resolve("b.jpg"), 18, "-IPTC:Credit=Reuters",
                "-XMP-plus:ImageSupplierImageID=RTX9QK2F", "-XMP-xmpMM:VersionID=2",
                "-IPTC:Caption-Abstract=Firefighters at work.", "-IPTC:SpecialInstructions=RECROP");
        Path older = TestImages.taggedJpeg(dir.resolve("c.jpg"), 19, "-IPTC:Credit=Reuters",
                "-XMP-plus:ImageSupplierImageID=RTX9QK2F", "-XMP-xmpMM:VersionID=1",
                "-IPTC:Caption-Abstract=Firefighters at work (first crop).");

        Photo photo = ((Added) ingestor.ingest(first)).photo();
        var outcome = ingestor.ingest(recrop);

        assertThat(outcome).isInstanceOfSatisfying(Updated.class, u -> {
            assertThat(u.photo().id()).isEqualTo(photo.id());
            assertThat(u.photo().identity().version()).isEqualTo("2");
        });
        assertThat(ingestor.ingest(older)).isInstanceOfSatisfying(Duplicate.class,
                d -> assertThat(d.reason()).contains("version 1 of the item, older than version 2"));
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void theSameItemIdOnAFrameTakenAtAnotherTimeIsAPhotoOfItsOwnWithANote() throws IOException {
        Path one = TestImages.taggedJpeg(dir.resolve("a.jpg"), 20, "-IPTC:Credit=AFP",
                "-XMP-iptcExt:DigitalImageGUID=guid-template-0001", "-IPTC:DateCreated=20240811",
                "-IPTC:TimeCreated=101500+0200");
        Path two = TestImages.taggedJpeg(dir.resolve("b.jpg"), 21, "-IPTC:Credit=AFP",
                "-XMP-iptcExt:DigitalImageGUID=guid-template-0001", "-IPTC:DateCreated=20240811",
                "-IPTC:TimeCreated=101502+0200");

        Photo first = ((Added) ingestor.ingest(one)).photo();
        var second = ingestor.ingest(two);

        assertThat(second).isInstanceOfSatisfying(Added.class, a -> assertThat(a.photo().problems())
                .anyMatch(p -> p.code().equals("identity.shared") && p.message().contains("photo " + first.id())));
    }

    @Test
    void aDocumentIdAloneOnOtherPixelsIsAPhotoOfItsOwnButNumberedVersionsOfItAreOne() throws IOException {
        Path one = TestImages.taggedJpeg(dir.resolve("a.jpg"), 23, "-IPTC:Credit=AFP",
                "-XMP-xmpMM:DocumentID=xmp.did:template-0001", "-XMP-xmp:MetadataDate=2024:08:11 10:15:00Z");
        Path two = TestImages.taggedJpeg(dir.resolve("b.jpg"), 24, "-IPTC:Credit=AFP",
                "-XMP-xmpMM:DocumentID=xmp.did:template-0001", "-XMP-xmp:MetadataDate=2024:08:11 10:17:00Z");
        Path sameVersion = TestImages.taggedJpeg(dir.resolve("c.jpg"), 25, "-IPTC:Credit=AFP",
                "-XMP-xmpMM:DocumentID=xmp.did:story-0002", "-XMP-xmpMM:VersionID=1");
        Path alsoVersionOne = TestImages.taggedJpeg(dir.resolve("d.jpg"), 26, "-IPTC:Credit=AFP",
                "-XMP-xmpMM:DocumentID=xmp.did:story-0002", "-XMP-xmpMM:VersionID=1");
        Path versionTwo = TestImages.taggedJpeg(dir.resolve("e.jpg"), 27, "-IPTC:Credit=AFP",
                "-XMP-xmpMM:DocumentID=xmp.did:story-0002", "-XMP-xmpMM:VersionID=2");

        assertThat(ingestor.ingest(one)).isInstanceOf(Added.class);
        assertThat(ingestor.ingest(two)).as("a shared DocumentID is no evidence by itself")
                .isInstanceOfSatisfying(Added.class, a -> assertThat(a.photo().problems())
                        .noneMatch(p -> p.code().equals("identity.shared")));
        Photo story = ((Added) ingestor.ingest(sameVersion)).photo();
        assertThat(ingestor.ingest(alsoVersionOne)).as("the same version on other pixels: a rendition or a copy")
                .isInstanceOf(Added.class);
        assertThat(ingestor.ingest(versionTwo)).isInstanceOfSatisfying(Updated.class,
                u -> assertThat(u.photo().id()).isEqualTo(story.id()));
        assertThat(store.count()).isEqualTo(4);
    }

    @Test
    void theSamePixelsAndMetadataAgainInOtherBytesAreTheSameVersion() throws IOException {
        Path v1 = TestImages.taggedJpeg(dir.resolve("v1.jpg"), 22, "-IPTC:Credit=EPA",
                "-IPTC:Caption-Abstract=Rescuers train on a glacier.");
        Path again = resend(v1, "again.jpg", "-XMP-xmp:CreatorTool=Relay 2.1");

        Photo photo = ((Added) ingestor.ingest(v1)).photo();

        assertThat(ingestor.ingest(again)).isInstanceOfSatisfying(Duplicate.class,
                d -> assertThat(d.reason()).contains("same metadata"));
        assertThat(store.findById(photo.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(store.notices(photo.id())).isEmpty();
    }

    @Test
    void aPlainResendThatChangesAFieldIsANoticeToo() throws IOException {
        Path v1 = TestImages.taggedJpeg(dir.resolve("v1.jpg"), 23, "-IPTC:Credit=AP", "-IPTC:City=Pariss");
        Photo photo = ((Added) ingestor.ingest(v1)).photo();
        ingestor.ingest(resend(v1, "v2.jpg", "-IPTC:City=Paris"));

        assertThat(store.notices(photo.id())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(ResendNotice.Kind.RESEND);
            assertThat(n.conflicts()).isFalse();
            assertThat(n.changes()).extracting(ResendNotice.FieldChange::field).containsExactly("city");
        });
        assertThat(store.findById(photo.id()).orElseThrow().metadata().city()).isEqualTo("Paris");
    }
}
