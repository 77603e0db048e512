package org.photodesk.core.event;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
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
public final class EventKeeper implements Consumer<Photo> {

    private static final Logger LOG = LoggerFactory.getLogger(EventKeeper.class);

    private final EventBook book;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public EventKeeper(EventStore store, PhotoStore photos, Clock clock) {
        this.book = new EventBook(store, photos, clock);
    }

    @Override
    public void accept(Photo photo) {
        if (scheduled.compareAndSet(false, true)) {
            Thread.ofVirtual().name("event-keeper").start(() -> {
                scheduled.set(false);
                try {
                    book.summaries();
                } catch (RuntimeException e) {
                    LOG.warn("The events could not take in photo {}; the next reader will: {}", photo.id(),
                            e.getMessage(), e);
                }
            });
        }
    }
}
