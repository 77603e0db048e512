package org.photodesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.photodesk.core.ingest.IngestOutcome;
import org.photodesk.core.ingest.Ingestor;

/**
 * One run of the ingest pipeline over many files, a virtual thread per file, in stages that overlap across files:
 * {@code workers} files at a time are read, hashed and understood (CPU); writing and syncing originals has a wider
 * limit of its own ({@link #DISK_QUEUE} files at once, so that syncs share the disk's queue and overlap the next
 * files' hashing); recording (the store and the index) is one photo at a time, in the ingestor; renditions are made
 * by {@code workers} platform threads of their own, because libvips is called through FFM and a native call pins the
 * virtual thread to its carrier: on virtual threads, two renditions would hold both carriers of a two-core machine
 * and leave the next files' hashing waiting. A progress line on stderr (done/total, files per second, time left)
 * shows for runs that take a while.
 */
final class IngestRun {

    private static final long PROGRESS_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** How many originals may be written and synced at once, whatever the number of workers. */
    static final int DISK_QUEUE = 4;

    private final Ingestor ingestor;
    private final java.util.function.Predicate<Path> followLinks;
    private final Semaphore cpu;
    private final Semaphore io;
    private final Semaphore inFlight;
    private final ExecutorService renditions;
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
        this.cpu = new Semaphore(workers);
        this.io = new Semaphore(Math.max(DISK_QUEUE, workers));
        this.inFlight = new Semaphore(2 * workers + DISK_QUEUE);
        this.renditions = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("renditions-", 1).daemon()
                .factory());
        this.err = err;
    }

    void ingestAll(List<Path> files) {
        started = System.nanoTime();
        Thread progress = Thread.ofVirtual().start(() -> reportProgress(files.size()));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Path file : files) {
                inFlight.acquireUninterruptibly();
                pool.submit(() -> ingestOne(file));
            }
        } finally {
            renditions.shutdown();
        }
        ingestor.flush();
        finished = System.nanoTime();
        progress.interrupt();
        joinQuietly(progress);
    }

    private void ingestOne(Path file) {
        try {
            Ingestor.Prepared prepared = within(cpu, () -> ingestor.prepare(file, followLinks.test(file)));
            Ingestor.Prepared kept = within(io, () -> ingestor.keep(prepared));
            IngestOutcome stored = ingestor.store(kept);
            outcomes.add(finish(stored));
        } finally {
            done.incrementAndGet();
            inFlight.release();
        }
    }

    /** Makes the renditions of a stored photo on a platform thread, the calling virtual thread waiting unmounted. */
    private IngestOutcome finish(IngestOutcome stored) {
        if (!(stored instanceof IngestOutcome.Added || stored instanceof IngestOutcome.Updated)) {
            return stored;   // nothing stored: no renditions to make, no listener to tell
        }
        try {
            return renditions.submit(() -> ingestor.finish(stored)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return stored;
        } catch (java.util.concurrent.ExecutionException e) {
            // The photo is stored and searchable; the desk makes its renditions on demand.
            err.println("renditions failed after storing " + stored.source() + ": " + e.getCause()
                    + "; the desk makes them when the photo is first shown");
            err.flush();
            return stored;
        }
    }

    private static <T> T within(Semaphore permits, java.util.function.Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
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
