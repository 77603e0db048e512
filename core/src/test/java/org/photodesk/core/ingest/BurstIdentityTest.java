package org.photodesk.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.integrity.LibraryVerifier;
import org.photodesk.core.integrity.VerifyReport;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.InMemorySearchIndex;
import org.photodesk.core.testing.TestImages;

/**
 * A burst through the parallel pipeline, whatever order its files finish in: files that share only an
 * {@code xmpMM:DocumentID} (a Photoshop template or camera preset copies it into every frame) are photos of their
 * own; the numbered versions of one document are one photo at its newest version; and no original is left that no
 * photo uses.
 */
class BurstIdentityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-11T20:00:00Z"), ZoneOffset.UTC);
    private static final int FRAMES = 12;
    private static final int ROUNDS = 20;

    @TempDir
    static Path dir;

    private static final List<Path> files = new ArrayList<>();

    @BeforeAll
    static void tagTheBurst() throws IOException {
        for (int i = 0; i < FRAMES; i++) {
            // one agency, one document id, other pixels; metadata saved at another minute each, as a template does
            files.add(TestImages.taggedJpeg(dir.resolve("frame-" + i + ".jpg"), 300 + i, "-IPTC:Credit=AFP",
                    "-XMP-xmpMM:DocumentID=xmp.did:1faeedb9-a166-214b-b01d-fcfc5bc8aa23",
                    "-XMP-xmp:MetadataDate=2024:08:11 09:" + String.format("%02d", 10 + i) + ":00+02:00",
                    "-IPTC:DateCreated=20240811", "-IPTC:Caption-Abstract=Frame " + i + " of the final."));
        }
        for (int v = 1; v <= 3; v++) {
            // one document re-cropped twice: its versions are numbered, so they are one photo
            files.add(TestImages.taggedJpeg(dir.resolve("story-v" + v + ".jpg"), 400 + v, "-IPTC:Credit=AFP",
                    "-XMP-xmpMM:DocumentID=xmp.did:story-0002", "-XMP-xmpMM:VersionID=" + v,
                    "-IPTC:Caption-Abstract=The winner celebrates (version " + v + ")."));
        }
    }

    @Test
    void aBurstSharingADocumentIdGivesTheSamePhotosAndNoOrphanInAnyOrder() throws Exception {
        Random random = new Random(13);
        for (int round = 0; round < ROUNDS; round++) {
            var store = new InMemoryPhotoStore(CLOCK);
            var blobs = new InMemoryBlobStore();
            var index = new InMemorySearchIndex();
            var ingestor = new Ingestor(store, blobs, index, new MetadataReader(), MetadataEnricher.NONE,
                    RenditionMaker.DEFERRED, IngestLimits.DEFAULT, CLOCK);
            List<Path> order = new ArrayList<>(files);
            Collections.shuffle(order, random);
            var handles = new ArrayList<IngestPipeline.Handle>();
            try (var pipeline = new IngestPipeline(ingestor, 4, true)) {
                order.forEach(f -> handles.add(pipeline.submit(f, false)));
                CompletableFuture.allOf(handles.stream().map(IngestPipeline.Handle::stored)
                        .toArray(CompletableFuture[]::new)).get();
            }

            String when = "round " + round + ", order " + order.stream().map(p -> p.getFileName().toString()).toList();
            assertThat(store.count()).as(when).isEqualTo(FRAMES + 1);
            List<Photo> photos = store.page(0, 100);
            assertThat(photos).as(when).filteredOn(p -> p.fileName().startsWith("story-")).singleElement()
                    .satisfies(p -> assertThat(p.identity().version()).isEqualTo("3"));
            VerifyReport report = new LibraryVerifier(store, blobs, index).verify();
            assertThat(report.orphans()).as(when + ": originals no photo uses").isZero();
            assertThat(report.originals().missing()).as(when).isZero();
            assertThat(index.count()).as(when).isEqualTo(FRAMES + 1);
        }
    }
}
