package org.photodesk.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.InMemorySearchIndex;
import org.photodesk.core.testing.TestImages;

/** A hot folder that looks again while its earlier files are still in the pipeline: a burst flows, nothing twice. */
class HotFolderFlowTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-11T20:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aLookDoesNotWaitForTheFilesSentBeforeAndNeverSendsOneTwice() throws Exception {
        var release = new CountDownLatch(1);
        MetadataEnricher held = m -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return MetadataEnricher.NONE.enrich(m);
        };
        var store = new InMemoryPhotoStore(CLOCK);
        var ingestor = new Ingestor(store, new InMemoryBlobStore(), new InMemorySearchIndex(), new MetadataReader(),
                held, RenditionMaker.DEFERRED, IngestLimits.DEFAULT, CLOCK);
        Path hot = Files.createDirectories(dir.resolve("hot"));
        for (int i = 0; i < 3; i++) {
            Files.write(hot.resolve("frame-" + i + ".jpg"), TestImages.jpeg(64, 48, 50 + i));
        }
        List<IngestOutcome> reported = new CopyOnWriteArrayList<>();
        try (var pipeline = new IngestPipeline(ingestor, 2, true)) {
            var folder = new HotFolder(hot, pipeline, ingestor, Duration.ZERO, CLOCK);

            assertThat(folder.start(reported::add)).as("first look: seen, not settled").isZero();
            assertThat(folder.start(reported::add)).as("settled: sent without waiting").isEqualTo(3);
            Files.write(hot.resolve("late.jpg"), TestImages.jpeg(64, 48, 60));
            assertThat(folder.start(reported::add)).as("the three are in flight; the late one is seen").isZero();
            assertThat(folder.start(reported::add)).as("the late one goes in while the three wait").isEqualTo(1);
            assertThat(reported).isEmpty();

            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (reported.size() < 4 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
        assertThat(reported).hasSize(4).allMatch(IngestOutcome.Added.class::isInstance);
        assertThat(store.count()).isEqualTo(4);
        try (var left = Files.list(hot)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        try (var done = Files.list(hot.resolve("done"))) {
            assertThat(done).hasSize(4);
        }
    }
}
