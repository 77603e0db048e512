package org.photodesk.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.ingest.IngestOutcome.Added;
import org.photodesk.core.ingest.IngestOutcome.Duplicate;
import org.photodesk.core.ingest.IngestOutcome.Rejected;
import org.photodesk.core.ingest.IngestOutcome.Updated;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.InMemorySearchIndex;
import org.photodesk.core.testing.TestImages;

class IngestorTest {

    @TempDir
    Path dir;

    private InMemoryPhotoStore store;
    private InMemoryBlobStore blobs;
    private InMemorySearchIndex index;
    private Ingestor ingestor;

    @BeforeEach
    void setUp() {
        store = new InMemoryPhotoStore(Clock.fixed(Instant.parse("2024-08-11T21:00:00Z"), ZoneOffset.UTC));
        blobs = new InMemoryBlobStore();
        index = new InMemorySearchIndex();
        ingestor = new Ingestor(store, blobs, index, new MetadataReader(), MetadataEnricher.NONE,
                RenditionMaker.DEFERRED, new IngestLimits(10_000_000, 100));
    }

    @Test
    void addsANewPhotoWithItsMetadataAndKeepsTheOriginal() throws IOException {
        Path file = TestImages.taggedJpeg(dir.resolve("a.jpg"), 1, "-IPTC:Caption-Abstract=Angèle sings.",
                "-IPTC:By-line=Martin Meissner", "-IPTC:Credit=AP");

        IngestOutcome outcome = ingestor.ingest(file);
        ingestor.flush();

        assertThat(outcome).isInstanceOf(Added.class);
        var photo = ((Added) outcome).photo();
        assertThat(photo.metadata().caption()).isEqualTo("Angèle sings.");
        assertThat(photo.metadata().byline()).containsExactly("Martin Meissner");
        assertThat(photo.width()).isEqualTo(64);
        assertThat(blobs.contains(photo.sha256())).isTrue();
        assertThat(index.count()).isEqualTo(1);
        assertThat(index.lastStoreChange()).isEqualTo(store.lastChange());
    }

    @Test
    void theSameBytesTwiceAreOnePhoto() throws IOException {
        Path file = TestImages.taggedJpeg(dir.resolve("a.jpg"), 2, "-IPTC:Caption-Abstract=One.");
        Path copy = Files.copy(file, dir.resolve("copy.jpg"));

        var first = ingestor.ingest(file);
        var second = ingestor.ingest(copy);

        assertThat(second).isEqualTo(new Duplicate(copy.toString(), ((Added) first).photo().id()));
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void aResendWithTheSamePixelsAndANewCaptionUpdatesInPlace() throws IOException {
        Path first = TestImages.taggedJpeg(dir.resolve("a.jpg"), 3, "-IPTC:Caption-Abstract=Phonenix performs.");
        Path resend = Files.copy(first, dir.resolve("a-corrected.jpg"));
        TestImages.exiftool(resend, "-IPTC:Caption-Abstract=Phoenix performs.");

        var added = (Added) ingestor.ingest(first);
        var outcome = ingestor.ingest(resend);

        assertThat(outcome).isInstanceOf(Updated.class);
        var updated = ((Updated) outcome).photo();
        assertThat(updated.id()).isEqualTo(added.photo().id());
        assertThat(updated.metadata().caption()).isEqualTo("Phoenix performs.");
        assertThat(updated.version()).isEqualTo(2);
        assertThat(store.history(updated.id())).singleElement()
                .satisfies(v -> assertThat(v.embedded().caption()).isEqualTo("Phonenix performs."));
        assertThat(ingestor.ingest(first)).isInstanceOf(Duplicate.class);
    }

    @Test
    void twoFramesSharingATransmissionReferenceAreTwoPhotos() throws IOException {
        // IPTC 2:103 is the Job Id: every frame of one assignment carries it, so it never identifies a picture.
        Path first = TestImages.taggedJpeg(dir.resolve("a.jpg"), 4, "-IPTC:OriginalTransmissionReference=PAR101",
                "-IPTC:Credit=AP");
        Path second = TestImages.taggedJpeg(dir.resolve("b.jpg"), 5, "-IPTC:OriginalTransmissionReference=PAR101",
                "-IPTC:Credit=AP");

        var added = (Added) ingestor.ingest(first);
        var outcome = ingestor.ingest(second);

        assertThat(outcome).isInstanceOfSatisfying(Added.class,
                a -> assertThat(a.photo().id()).isNotEqualTo(added.photo().id()));
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void badFilesAreRejectedWithAClearReasonAndNothingIsStored() throws IOException {
        byte[] good = TestImages.jpeg(64, 48, 6);
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        Path text = Files.writeString(dir.resolve("notes.jpg"), "Caption notes for tonight\n");
        Path truncated = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(good, good.length / 2));
        Path bomb = Files.write(dir.resolve("bomb.jpg"), TestImages.jpegClaiming(50_000, 50_000));
        Path missing = dir.resolve("gone.jpg");

        assertThat(reason(empty)).contains("empty file");
        assertThat(reason(text)).contains("not an image").contains("text");
        assertThat(reason(truncated)).contains("truncated JPEG");
        assertThat(reason(bomb)).contains("50000 x 50000").contains("2500 megapixels").contains("limit of 100");
        assertThat(reason(missing)).contains("no such file");
        assertThat(store.count()).isZero();
        assertThat(blobs.size()).isZero();
    }

    @Test
    void anUploadNameIsNeverUsedAsAPath() throws IOException {
        var outcome = ingestor.ingest("../../etc/passwd.jpg", TestImages.jpeg(32, 32, 7));

        assertThat(outcome).isInstanceOfSatisfying(Added.class,
                a -> assertThat(a.photo().fileName()).isEqualTo("passwd.jpg"));
    }

    @Test
    void startUpReplaysTheChangesTheIndexMissedInACrash() throws IOException {
        for (int i = 0; i < 5; i++) {
            ingestor.ingest("p" + i + ".jpg", TestImages.jpeg(32, 32, 10 + i));
        }
        ingestor.flush();
        for (int i = 5; i < 8; i++) {
            ingestor.ingest("p" + i + ".jpg", TestImages.jpeg(32, 32, 10 + i));
        }
        index.crash();
        assertThat(index.count()).isEqualTo(5);

        var report = new IndexSync(store, index).repair();

        assertThat(report.replayed()).isEqualTo(3);
        assertThat(report.rebuilt()).isFalse();
        assertThat(index.count()).isEqualTo(8);
        assertThat(index.lastStoreChange()).isEqualTo(store.lastChange());
        assertThat(new IndexSync(store, index).repair().wasInStep()).isTrue();
    }

    @Test
    void theSamePixelsFromAnotherAgencyAreAPhotoOfTheirOwnWithANote() throws IOException {
        Path ap = TestImages.taggedJpeg(dir.resolve("ap.jpg"), 8, "-IPTC:Credit=AP", "-IPTC:Caption-Abstract=Pool.");
        Path afp = Files.copy(ap, dir.resolve("afp.jpg"));
        TestImages.exiftool(afp, "-IPTC:Credit=AFP");

        var first = (Added) ingestor.ingest(ap);
        var second = ingestor.ingest(afp);

        assertThat(second).isInstanceOfSatisfying(Added.class, a -> {
            assertThat(a.photo().id()).isNotEqualTo(first.photo().id());
            assertThat(a.photo().problems()).anyMatch(p -> p.code().equals("pixels.shared")
                    && p.message().contains("photo " + first.photo().id()));
        });
        assertThat(store.findById(first.photo().id()).orElseThrow().agency()).isEqualTo("AP");
    }

    @Test
    void aCommitIndexesWhatAnotherWriterStoredMeanwhileAndNeverClaimsMore() throws IOException {
        ingestor.ingest("mine.jpg", TestImages.jpeg(32, 32, 30));
        var elsewhere = new Ingestor(store, blobs, new InMemorySearchIndex(), new MetadataReader(),
                MetadataEnricher.NONE, RenditionMaker.DEFERRED, IngestLimits.DEFAULT);
        elsewhere.ingest("theirs-1.jpg", TestImages.jpeg(32, 32, 31));
        elsewhere.ingest("theirs-2.jpg", TestImages.jpeg(32, 32, 32));

        ingestor.flush();

        assertThat(index.count()).isEqualTo(3);
        assertThat(index.lastStoreChange()).isEqualTo(store.lastChange());
    }

    private String reason(Path file) {
        var outcome = ingestor.ingest(file);
        assertThat(outcome).isInstanceOf(Rejected.class);
        return ((Rejected) outcome).reason();
    }
}
