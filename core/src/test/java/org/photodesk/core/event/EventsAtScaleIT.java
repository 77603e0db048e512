package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.testing.GeneratedPhotos;
import org.photodesk.core.testing.InMemoryEventStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the events list takes on a large library: the first grouping, and a request that finds nothing changed
 * (the desk's {@code /events} shown again). Logs the figures for docs; asserts only what the grouping returns.
 * {@code -Dphotodesk.events.photos=100000} for the figure in the docs (default 2,000).
 */
class EventsAtScaleIT {

    private static final Logger LOG = LoggerFactory.getLogger(EventsAtScaleIT.class);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-12T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void theEventsListIsGroupedOnceAndThenServedAsIs() {
        int count = Integer.getInteger("photodesk.events.photos", 2_000);
        var photos = new InMemoryPhotoStore(CLOCK);
        GeneratedPhotos.stream(count, 42).forEach(p -> photos.add(new PhotoRecord(p.sha256(), p.pixelHash(),
                p.fileName(), new ImageInfo("image/jpeg", p.width(), p.height(), 1), 1000, p.metadata(), p.agency(),
                null, List.of())));
        var book = new EventBook(new InMemoryEventStore(), photos, CLOCK);

        long t0 = System.nanoTime();
        List<EventBook.Summary> first = book.summaries();
        long t1 = System.nanoTime();
        List<EventBook.Summary> again = book.summaries();
        long t2 = System.nanoTime();
        for (int i = 0; i < 9; i++) {
            book.summaries();
        }
        long t3 = System.nanoTime();

        LOG.info("events at {} photos: {} events; first grouping {} ms, shown again {} ms (mean of the next ten {} ms)",
                count, first.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t1) / 10_000_000);
        assertThat(again).isEqualTo(first);
    }
}
