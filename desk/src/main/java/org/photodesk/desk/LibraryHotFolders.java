package org.photodesk.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.photodesk.core.ingest.HotFolder;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.ingest.IngestPipeline;
import org.photodesk.core.ingest.Ingestor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the library's {@link HotFolder} on a virtual thread: looks at the folder at a fixed interval and sends the
 * files that have settled through the ingest pipeline without waiting for those sent before (a burst flows in
 * parallel); each is moved out once searchable, and the change feed shows it.
 */
final class LibraryHotFolders implements HotFolders {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryHotFolders.class);
    private final IngestPipeline pipeline;
    private final Ingestor ingestor;
    private final Duration interval;
    private final Duration settle;
    private final Clock clock;

    LibraryHotFolders(IngestPipeline pipeline, Ingestor ingestor, Duration interval, Duration settle, Clock clock) {
        this.pipeline = pipeline;
        this.ingestor = ingestor;
        this.interval = interval;
        this.settle = settle;
        this.clock = clock;
    }

    @Override
    public AutoCloseable watch(Path dir) {
        HotFolder folder;
        try {
            folder = new HotFolder(dir, pipeline, ingestor, settle, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch hot folder " + dir + ": " + e.getMessage()
                    + "; check that it exists and is writable", e);
        }
        var stop = new CountDownLatch(1);
        Thread thread = Thread.ofVirtual().name("hot-folder").start(() -> run(folder, dir, stop));
        LOG.info("watching hot folder {} every {} ms", dir.toAbsolutePath(), interval.toMillis());
        return () -> {
            stop.countDown();
            thread.join(Duration.ofSeconds(30));
        };
    }

    private void run(HotFolder folder, Path dir, CountDownLatch stop) {
        try {
            do {
                scan(folder, dir);
            } while (!stop.await(interval.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void scan(HotFolder folder, Path dir) {
        try {
            folder.start(LibraryHotFolders::report);
        } catch (IOException | RuntimeException e) {
            LOG.warn("hot folder {}: scan failed ({}); trying again", dir, e.toString());
        }
    }

    private static void report(IngestOutcome outcome) {
        switch (outcome) {
            case IngestOutcome.Added a -> LOG.info("hot folder: added photo {} from {}", a.photo().id(), a.source());
            case IngestOutcome.Updated u -> LOG.info("hot folder: updated photo {} from {}", u.photo().id(), u.source());
            case IngestOutcome.Duplicate d -> LOG.info("hot folder: {} is photo {} already", d.source(), d.photoId());
            case IngestOutcome.Rejected r -> LOG.warn("hot folder: rejected {}: {}", r.source(), r.reason());
        }
    }
}
