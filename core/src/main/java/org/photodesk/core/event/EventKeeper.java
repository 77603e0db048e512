package org.photodesk.core.event;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest listener that keeps the events as photos arrive: takes the stored photos into the kept membership and
 * makes the events list again, on a virtual thread so the pipeline does not wait. A run starts once no photo has
 * arrived for {@link #QUIET} (at most {@link #LONGEST} after the first photo it waits for), so a burst is taken in
 * together rather than re-reading its growing events after every photo, which took a fifth of the cores while a
 * burst of uploads was still being stored. A desk or command that lists the events then finds them made; one that
 * asks before catches up by itself.
 */
public final class EventKeeper implements Consumer<Photo>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventKeeper.class);
    /** How long closing waits for a run in progress before leaving the rest to the next reader. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(20);

    /** How long the photos must have stopped arriving before a run. */
    static final Duration QUIET = Duration.ofMillis(300);
    /** The longest a run waits after the first photo it is for, however steady the stream. */
    static final Duration LONGEST = Duration.ofSeconds(3);
    private static final long STEP_NANOS = Duration.ofMillis(50).toNanos();

    private final EventBook book;
    private final AtomicLong lastArrival = new AtomicLong();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicReference<Thread> running = new AtomicReference<>();

    public EventKeeper(EventStore store, PhotoStore photos, Clock clock) {
        this.book = new EventBook(store, photos, clock);
    }

    @Override
    public void accept(Photo photo) {
        lastArrival.set(System.nanoTime());
        if (!closed.get() && scheduled.compareAndSet(false, true)) {
            running.set(Thread.ofVirtual().name("event-keeper").start(() -> {
                awaitQuiet();
                scheduled.set(false);
                if (closed.get()) {
                    return;
                }
                try {
                    book.summaries();
                } catch (RuntimeException e) {
                    if (!closed.get()) {
                        LOG.warn("The events could not take in photo {}; the next reader will: {}", photo.id(),
                                e.getMessage(), e);
                    }
                }
            }));
        }
    }

    /** Waits until no photo arrived for {@link #QUIET}, at most {@link #LONGEST}, or the keeper is closed. */
    private void awaitQuiet() {
        long first = System.nanoTime();
        while (!closed.get()) {
            long now = System.nanoTime();
            long quietLeft = QUIET.toNanos() - (now - lastArrival.get());
            long longestLeft = LONGEST.toNanos() - (now - first);
            if (quietLeft <= 0 || longestLeft <= 0) {
                return;
            }
            LockSupport.parkNanos(Math.min(STEP_NANOS, Math.min(quietLeft, longestLeft)));
        }
    }

    /**
     * Takes no more photos and waits (at most 20 s) for the run in progress, so that the stores it reads are not
     * closed under it; whatever is left the next reader of the events takes in.
     */
    @Override
    public void close() throws InterruptedException {
        closed.set(true);
        Thread last = running.get();
        if (last != null && !last.join(CLOSE_WAIT)) {
            LOG.info("The events are still being brought up to date; the next reader of the events will finish it");
        }
    }
}
