package org.photodesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.ingest.IngestPipeline;
import org.photodesk.core.ingest.Ingestor;

/**
 * One run of the {@link IngestPipeline} over many files, as the {@code ingest} command makes it: the files go
 * through the library's one staged pipeline (understanding on {@code workers} threads, originals written a few at a
 * time, recording one at a time, renditions on {@code workers} platform threads) with at most a bounded number in
 * flight, and the run ends when every file's renditions are made. A progress line on stderr (done/total, files per
 * second, time left) shows for runs that take a while.
 */
final class IngestRun {

    private static final long PROGRESS_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** How many originals may be written and synced at once, whatever the number of workers. */
    static final int DISK_QUEUE = IngestPipeline.DISK_QUEUE;

    private final Ingestor ingestor;
    private final int workers;
    private final java.util.function.Predicate<Path> followLinks;
    private final Semaphore inFlight;
    private final PrintWriter err;
    private final List<IngestOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger done = new AtomicInteger();
    private long started;
    private long finished;

    IngestRun(Ingestor ingestor, int workers, PrintWriter err) {
        this(ingestor, workers, err, file -> false);
    }

    /** A run that follows a symbolic link only where {@code followLinks} says so. */
    IngestRun(Ingestor ingestor, int workers, PrintWriter err, java.util.function.Predicate<Path> followLinks) {
        this.followLinks = followLinks;
        this.ingestor = ingestor;
        this.workers = Math.max(1, workers);
        this.inFlight = new Semaphore(2 * this.workers + DISK_QUEUE);
        this.err = err;
    }

    void ingestAll(List<Path> files) {
        started = System.nanoTime();
        Thread progress = Thread.ofVirtual().start(() -> reportProgress(files.size()));
        var all = new ArrayList<CompletableFuture<IngestOutcome>>();
        try (IngestPipeline pipeline = new IngestPipeline(ingestor, workers, false)) {
            for (Path file : files) {
                inFlight.acquireUninterruptibly();
                CompletableFuture<IngestOutcome> finished = pipeline.submit(file, followLinks.test(file)).finished();
                all.add(finished.whenComplete((outcome, failure) -> {
                    if (outcome != null) {
                        outcomes.add(outcome);
                    }
                    done.incrementAndGet();
                    inFlight.release();
                }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        }
        finished = System.nanoTime();
        progress.interrupt();
        joinQuietly(progress);
    }

    private void reportProgress(int total) {
        boolean shown = false;
        try {
            while (done.get() < total) {
                Thread.sleep(500);
                long elapsed = System.nanoTime() - started;
                if (elapsed > PROGRESS_AFTER_NANOS) {
                    err.print("\r" + progressLine(done.get(), total, elapsed));
                    err.flush();
                    shown = true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (shown) {
            err.println("\r" + progressLine(done.get(), total, System.nanoTime() - started));
            err.flush();
        }
    }

    static String progressLine(int done, int total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        long left = rate > 0 ? Math.round((total - done) / rate) : -1;
        return String.format(Locale.ROOT, "%d/%d files, %.1f files/s, %s left   ", done, total, rate,
                left < 0 ? "?" : left >= 60 ? (left / 60) + " min " + (left % 60) + " s" : left + " s");
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<IngestOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    double seconds() {
        return (finished - started) / 1e9;
    }
}
