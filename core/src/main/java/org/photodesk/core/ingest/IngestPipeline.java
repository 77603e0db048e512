package org.photodesk.core.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one staged pipeline every route into the library goes through (the {@code ingest} command, hot folders,
 * uploads, drops, feeds, URLs): a virtual thread per file, with stages that overlap across files.
 * <ol>
 * <li>{@code workers} files at a time are read, hashed and understood (CPU);</li>
 * <li>writing and syncing originals has a wider limit of its own ({@link #DISK_QUEUE} at once);</li>
 * <li>recording (store and index) is one photo at a time, in the {@link Ingestor}, and the index is committed for
 * a group of files at once (group commit): a file's {@link Handle#stored()} completes when its photo is
 * searchable;</li>
 * <li>the ingestor's listeners are told (placeholders filled, agency kills carried out) and
 * {@link Handle#stored()} completes;</li>
 * <li>renditions (thumbnail, preview, fingerprint) are made afterwards by {@code workers} platform threads (libvips
 * is called through FFM, and a native call pins a virtual thread to its carrier): {@link Handle#finished()}
 * completes.</li>
 * </ol>
 * Until its thumbnail exists a photo is on the sheet with a placeholder or a thumbnail made on request. Thread-safe;
 * {@link #close()} waits for the renditions already queued.
 */
public final class IngestPipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);

    /** How many originals may be written and synced at once, whatever the number of workers. */
    public static final int DISK_QUEUE = 4;

    private final Ingestor ingestor;
    private final Semaphore cpu;
    private final Semaphore io;
    private final ExecutorService files = Executors.newVirtualThreadPerTaskExecutor();
    private final ExecutorService renditions;
    private final GroupCommit commits;
    private final boolean searchableAtOnce;
    /** Files between submission and stored: renditions wait while there are any, so a burst is searchable first. */
    private final java.util.concurrent.atomic.AtomicInteger storing = new java.util.concurrent.atomic.AtomicInteger();
    /** Photos whose renditions are queued or being made: the last one of a burst commits their fingerprints. */
    private final java.util.concurrent.atomic.AtomicInteger rendering = new java.util.concurrent.atomic.AtomicInteger();
    /** Fingerprints indexed since the last commit made here: committed at least every {@link #COMMIT_RENDERED}. */
    private final java.util.concurrent.atomic.AtomicInteger renderedSinceCommit =
            new java.util.concurrent.atomic.AtomicInteger();

    /** How many photos' fingerprints may wait for an index commit while a long stream keeps the renditions busy. */
    private static final int COMMIT_RENDERED = 100;

    /** The longest a rendition waits for the files still being stored (a steady stream must not starve it). */
    private static final long RENDER_WAIT_MILLIS = 10_000;

    /** A file in the pipeline: stored (searchable), then finished (renditions made, listeners told). */
    public record Handle(CompletableFuture<IngestOutcome> stored, CompletableFuture<IngestOutcome> finished) {}

    /**
     * A pipeline over {@code ingestor} using {@code workers} threads for understanding and for renditions; with
     * {@code searchableAtOnce} each stored file waits for an index commit (shared with the files stored meanwhile),
     * else the index is committed every few hundred photos and at {@link #close()} (a bulk run).
     */
    public IngestPipeline(Ingestor ingestor, int workers, boolean searchableAtOnce) {
        this.searchableAtOnce = searchableAtOnce;
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        int n = Math.max(1, workers);
        this.cpu = new Semaphore(n);
        this.io = new Semaphore(Math.max(DISK_QUEUE, n));
        this.renditions = Executors.newFixedThreadPool(n, Thread.ofPlatform().name("renditions-", 1).daemon()
                .factory());
        this.commits = new GroupCommit(ingestor::flush);
        Thread.ofVirtual().name("ingest-warm-up").start(ingestor::warmUp);
    }

    /** A pipeline with as many workers as this machine has cores, each file searchable once stored. */
    public IngestPipeline(Ingestor ingestor) {
        this(ingestor, Runtime.getRuntime().availableProcessors(), true);
    }

    /** Sends a file on disk through the pipeline; a link is followed only when {@code followLinks}. */
    public Handle submit(Path file, boolean followLinks) {
        return submit(() -> ingestor.prepare(file, followLinks), file.toString());
    }

    /** Sends bytes received (an upload, a drop, a fetched URL) through the pipeline; {@code name} is only a label. */
    public Handle submit(String name, byte[] bytes) {
        return submit(() -> ingestor.prepare(name, bytes), name);
    }

    /** Sends a file through and waits until it is searchable (its renditions follow). */
    public IngestOutcome store(String name, byte[] bytes) {
        return submit(name, bytes).stored().join();
    }

    private Handle submit(Supplier<Ingestor.Prepared> prepare, String source) {
        var stored = new CompletableFuture<IngestOutcome>();
        var finished = new CompletableFuture<IngestOutcome>();
        storing.incrementAndGet();
        try {
            files.submit(() -> run(prepare, source, stored, finished));
        } catch (RejectedExecutionException e) {
            storing.decrementAndGet();
            var refused = new IngestOutcome.Rejected(source, "not ingested: the library is closing; send it again");
            stored.complete(refused);
            finished.complete(refused);
        }
        return new Handle(stored, finished);
    }

    private void run(Supplier<Ingestor.Prepared> prepare, String source, CompletableFuture<IngestOutcome> stored,
            CompletableFuture<IngestOutcome> finished) {
        IngestOutcome outcome;
        try {
            Ingestor.Prepared prepared = within(cpu, prepare);
            Ingestor.Prepared kept = within(io, () -> ingestor.keep(prepared));
            outcome = ingestor.store(kept);
            if (searchableAtOnce && (outcome instanceof IngestOutcome.Added || outcome instanceof IngestOutcome.Updated)) {
                commits.await();
            }
            ingestor.tell(outcome);
        } catch (RuntimeException e) {
            LOG.warn("Ingesting {} failed", source, e);
            outcome = new IngestOutcome.Rejected(source, "not ingested: " + e.getMessage());
        } finally {
            storing.decrementAndGet();
        }
        stored.complete(outcome);
        render(outcome, finished);
    }

    /** Makes the renditions of a stored photo on a platform thread; the file's task does not wait for them. */
    private void render(IngestOutcome outcome, CompletableFuture<IngestOutcome> finished) {
        if (!(outcome instanceof IngestOutcome.Added || outcome instanceof IngestOutcome.Updated)) {
            finished.complete(outcome);
            return;
        }
        rendering.incrementAndGet();
        try {
            renditions.submit(() -> {
                try {
                    if (searchableAtOnce) {
                        awaitStored();   // a bulk run keeps its renditions overlapping the next files instead
                    }
                    ingestor.render(outcome, false);
                } catch (RuntimeException e) {
                    LOG.warn("Renditions after storing {} failed; the desk makes them on demand", outcome.source(), e);
                }
                rendered();
                finished.complete(outcome);
            });
        } catch (RejectedExecutionException e) {
            rendering.decrementAndGet();
            finished.complete(outcome);   // closing: the desk makes the renditions when the photo is first shown
        }
    }

    /**
     * Commits the fingerprints indexed by the renditions once the last rendition queued is done (or every
     * {@link #COMMIT_RENDERED} photos of a long stream): one index commit for a burst instead of one per photo,
     * each of which synced the index to disk under the lock that storing the next files needs.
     */
    private void rendered() {
        boolean last = rendering.decrementAndGet() == 0;
        if (renderedSinceCommit.incrementAndGet() >= COMMIT_RENDERED || last) {
            renderedSinceCommit.set(0);
            try {
                ingestor.flush();
            } catch (RuntimeException e) {
                LOG.warn("Committing the fingerprints of a burst failed; the next commit takes them: {}", e.toString());
            }
        }
    }

    /**
     * Waits (at most {@link #RENDER_WAIT_MILLIS}) while files are still being stored: renditions take the cores
     * the burst's hashing and reading need, and a photo is findable before its thumbnail exists.
     */
    private void awaitStored() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RENDER_WAIT_MILLIS);
        while (storing.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static <T> T within(Semaphore permits, Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** Waits for the files and renditions already sent (at most a minute), then stops taking new ones. */
    @Override
    public void close() {
        files.shutdown();
        try {
            if (!files.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("Closing the ingest pipeline: files still in progress after a minute");
            }
            renditions.shutdown();
            if (!renditions.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("Closing the ingest pipeline: renditions still in progress after a minute; "
                        + "the desk makes the missing ones on demand");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ingestor.flush();
    }

    /**
     * Commits the index once for every file stored meanwhile: the first file to ask commits for all that asked
     * before it started; the others wait for that commit or the next.
     */
    static final class GroupCommit {
        private final Runnable commit;
        private long requested;
        private long done;
        private boolean running;

        GroupCommit(Runnable commit) {
            this.commit = commit;
        }

        void await() {
            long ticket;
            synchronized (this) {
                ticket = ++requested;
            }
            while (true) {
                long upTo;
                synchronized (this) {
                    while (running && done < ticket) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    if (done >= ticket) {
                        return;
                    }
                    running = true;
                    upTo = requested;
                }
                try {
                    commit.run();
                } catch (RuntimeException e) {
                    // the photos are stored; the index catches up from the store at the next commit or start
                    LOG.warn("Committing the search index failed; it catches up from the store: {}", e.toString());
                } finally {
                    synchronized (this) {
                        running = false;
                        done = Math.max(done, upTo);
                        notifyAll();
                    }
                }
            }
        }
    }
}
