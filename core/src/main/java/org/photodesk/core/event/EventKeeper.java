package org.photodesk.core.event;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest listener that keeps the events as photos arrive: takes each stored photo into the kept membership and
 * makes the events list again, on a virtual thread so the pipeline does not wait (photos of a burst that arrive
 * meanwhile are taken in together by the next run). A desk or command that lists the events then finds them made.
 */
public final class EventKeeper implements Consumer<Photo>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventKeeper.class);
    /** How long closing waits for a run in progress before leaving the rest to the next reader. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(20);

    private final EventBook book;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicReference<Thread> running = new AtomicReference<>();

    public EventKeeper(EventStore store, PhotoStore photos, Clock clock) {
        this.book = new EventBook(store, photos, clock);
    }

    @Override
    public void accept(Photo photo) {
        if (!closed.get() && scheduled.compareAndSet(false, true)) {
            running.set(Thread.ofVirtual().name("event-keeper").start(() -> {
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
