package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.testing.GeneratedEvents;
import org.photodesk.core.testing.GeneratedPhotos;
import org.photodesk.core.testing.InMemoryEventStore;
import org.photodesk.core.testing.InMemoryPhotoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the events list takes on a large library kept incrementally: the first build of the kept events, the
 * first request of a book that starts again on the same stores, a warm request, the cost per photo of taking new
 * photos in as the ingest listener does, and the request after each burst of new photos (three by default, {@code -Dphotodesk.events.bursts=N}). Logs the figures for docs; asserts only what
 * the lists return. {@code -Dphotodesk.events.photos=100000} for the figure in the docs (default 2,000).
 */
class EventsAtScaleIT {

    private static final Logger LOG = LoggerFactory.getLogger(EventsAtScaleIT.class);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-12T08:00:00Z"), ZoneOffset.UTC);
    private static final int ARRIVALS = 50;

    @Test
    void theEventsListIsKeptAsPhotosArriveAndServedAsIs() throws InterruptedException {
        int count = Integer.getInteger("photodesk.events.photos", 2_000);
        int bursts = Integer.getInteger("photodesk.events.bursts", 3);
        var photos = new InMemoryPhotoStore(CLOCK);
        List<Photo> generated = "index".equals(System.getProperty("photodesk.events.library"))
                ? GeneratedPhotos.library(count + ARRIVALS * bursts, 42)
                : GeneratedEvents.library(count + ARRIVALS * bursts, 42);
        generated.subList(0, count).forEach(p -> add(photos, p));
        var events = new InMemoryEventStore();

        long t0 = System.nanoTime();
        List<EventBook.Summary> built = new EventBook(events, photos, CLOCK).summaries();
        long t1 = System.nanoTime();
        var restarted = new EventBook(events, photos, CLOCK, true);
        List<EventBook.Summary> first = restarted.summaries();
        long t2 = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            restarted.summaries();
        }
        long t3 = System.nanoTime();
        var listener = new EventMembership(events, photos);
        listener.catchUp();
        long t4 = System.nanoTime();
        add(photos, generated.get(count));
        listener.catchUp();   // the first arrival also loads the kept signatures, once per process
        long t4b = System.nanoTime();
        long ingest = 0;
        List<Double> requests = new ArrayList<>();
        List<Double> background = new ArrayList<>();
        List<EventBook.Summary> after = List.of();
        for (int burst = 0; burst < bursts; burst++) {
            long b0 = System.nanoTime();
            generated.subList(count + Math.max(1, burst * ARRIVALS), count + (burst + 1) * ARRIVALS).forEach(p -> {
                add(photos, p);
                listener.catchUp();
            });
            long b1 = System.nanoTime();
            after = restarted.summaries();
            long b2 = System.nanoTime();
            restarted.awaitRefresh();
            long b3 = System.nanoTime();
            ingest += b1 - b0;
            requests.add(ms(b2 - b1));
            background.add(ms(b3 - b2));
            assertThat(after.stream().mapToInt(EventBook.Summary::photos).sum()).as("every photo counted at once")
                    .isEqualTo(count + (burst + 1) * ARRIVALS);
        }
        List<EventBook.Summary> refreshed = restarted.summaries();
        List<EventBook.Summary> batch = new EventBook(new InMemoryEventStore(), photos, CLOCK).summaries();
        int arrivals = ARRIVALS * bursts - 1;

        LOG.info("events at {} photos: {} events; first build {} ms; first request after a start {} ms; warm {} ms "
                + "(mean of ten); listener's first catch-up {} ms; the first new photo {} ms (loading the kept "
                + "signatures once); ingest adds {} ms per photo (mean of {}); the request after each burst of {} "
                + "photos {} ms, median {} ms (changed events' sheets read again in the background in {} ms more)",
                count, built.size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2) / 10.0, ms(t4 - t3), ms(t4b - t4),
                ms(ingest) / arrivals, arrivals, ARRIVALS, requests, median(requests), background);
        boolean news = !"index".equals(System.getProperty("photodesk.events.library"));
        if (news) {
            double f1 = pairwiseF1(restarted.events());
            LOG.info("events at {} photos: {} events for {} made; pairwise F1 {}", count + ARRIVALS * bursts,
                    restarted.events().size(), generated.stream().map(GeneratedEvents::storyOf).distinct().count(), f1);
            assertThat(f1).as("events of a generated news library found again").isGreaterThan(0.9);
        }
        assertThat(first).isEqualTo(built);
        assertThat(after).extracting(EventBook.Summary::id).as("the same events at once, some summaries a moment old")
                .isEqualTo(batch.stream().map(EventBook.Summary::id).toList());
        assertThat(refreshed).as("kept incrementally == grouped in one go").isEqualTo(batch);
    }

    /** Pairwise F1 of the events against the events the photos were generated for (pairs counted per event). */
    private static double pairwiseF1(List<Event> events) {
        long together = 0;
        long right = 0;
        java.util.Map<Integer, Long> perStory = new java.util.HashMap<>();
        for (Event e : events) {
            java.util.Map<Integer, Long> counts = e.photos().stream().collect(java.util.stream.Collectors.groupingBy(
                    GeneratedEvents::storyOf, java.util.stream.Collectors.counting()));
            long n = e.photos().size();
            together += n * (n - 1) / 2;
            for (var c : counts.entrySet()) {
                right += c.getValue() * (c.getValue() - 1) / 2;
                perStory.merge(c.getKey(), c.getValue(), Long::sum);
            }
        }
        long truth = perStory.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        double p = together == 0 ? 1 : (double) right / together;
        double r = truth == 0 ? 1 : (double) right / truth;
        LOG.info("pairwise precision {} recall {}", p, r);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void add(InMemoryPhotoStore photos, Photo p) {
        photos.add(new PhotoRecord(p.sha256(), p.pixelHash(), p.fileName(),
                new ImageInfo("image/jpeg", p.width(), p.height(), 1), 1000, p.metadata(), p.agency(), null,
                List.of()));
    }
}
