package org.photodesk.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.photodesk.core.metadata.MetadataReader;
import org.photodesk.core.testing.InMemoryBlobStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.photodesk.core.testing.InMemorySearchIndex;
import org.photodesk.core.testing.TestImages;

class IngestPipelineTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-11T20:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPhotoStore store = new InMemoryPhotoStore(CLOCK);
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final InMemorySearchIndex index = new InMemorySearchIndex();

    @TempDir
    Path tmp;

    private Ingestor ingestor(RenditionMaker renditions) {
        return new Ingestor(store, blobs, index, new MetadataReader(), MetadataEnricher.NONE, renditions,
                IngestLimits.DEFAULT, CLOCK);
    }

    @Test
    void aBurstIsSearchableBeforeItsRenditionsAreMade() throws Exception {
        var release = new CountDownLatch(1);
        var rendered = new AtomicInteger();
        RenditionMaker slow = photo -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            rendered.incrementAndGet();
            return List.of();
        };
        var handles = new ArrayList<IngestPipeline.Handle>();
        try (var pipeline = new IngestPipeline(ingestor(slow), 2, true)) {
            for (int i = 0; i < 12; i++) {
                handles.add(pipeline.submit("burst-" + i + ".jpg", TestImages.jpeg(320, 200, 100 + i)));
            }
            for (var h : handles) {
                assertThat(h.stored().get()).isInstanceOf(IngestOutcome.Added.class);
            }
            assertThat(index.count()).as("every stored photo is committed to the index").isEqualTo(12);
            assertThat(rendered.get()).as("no rendition made yet").isZero();
            assertThat(handles).noneMatch(h -> h.finished().isDone());

            release.countDown();
            CompletableFuture.allOf(handles.stream().map(IngestPipeline.Handle::finished)
                    .toArray(CompletableFuture[]::new)).get();
            assertThat(rendered.get()).isEqualTo(12);
        }
    }

    @Test
    void filesAndDuplicatesAndJunkEachGetTheirOutcome() throws Exception {
        Path good = Files.write(tmp.resolve("good.jpg"), TestImages.jpeg(320, 200, 7));
        Path same = Files.write(tmp.resolve("same.jpg"), TestImages.jpeg(320, 200, 7));
        Path junk = Files.writeString(tmp.resolve("junk.jpg"), "not a picture at all");
        try (var pipeline = new IngestPipeline(ingestor(RenditionMaker.DEFERRED), 2, false)) {
            IngestOutcome first = pipeline.submit(good, false).finished().get();
            IngestOutcome second = pipeline.submit(same, false).finished().get();
            IngestOutcome third = pipeline.submit(junk, false).finished().get();

            assertThat(first).isInstanceOf(IngestOutcome.Added.class);
            assertThat(second).isInstanceOf(IngestOutcome.Duplicate.class);
            assertThat(third).isInstanceOf(IngestOutcome.Rejected.class);
        }
        assertThat(index.count()).as("closing commits a bulk run").isEqualTo(1);
    }

    @Test
    void aClosedPipelineRefusesNewFilesWithAReason() throws Exception {
        var pipeline = new IngestPipeline(ingestor(RenditionMaker.DEFERRED), 1, true);
        pipeline.close();

        IngestOutcome outcome = pipeline.submit("late.jpg", TestImages.jpeg(320, 200, 3)).stored().get();

        assertThat(outcome).isInstanceOfSatisfying(IngestOutcome.Rejected.class,
                r -> assertThat(r.reason()).contains("closing"));
    }

    @Test
    void oneCommitServesEveryFileThatAskedWhileAnotherRan() throws Exception {
        var commits = new AtomicInteger();
        var group = new IngestPipeline.GroupCommit(() -> {
            commits.incrementAndGet();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        var start = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                threads.submit(() -> {
                    start.await();
                    group.await();
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(commits.get()).isBetween(1, 49);
    }
}
