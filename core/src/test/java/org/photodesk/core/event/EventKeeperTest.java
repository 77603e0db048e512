package org.photodesk.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.ImageInfo;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.testing.GeneratedEvents;
import org.photodesk.core.testing.InMemoryEventStore;
import org.photodesk.core.testing.InMemoryPhotoStore;

class EventKeeperTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-12T08:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPhotoStore photos = new InMemoryPhotoStore(CLOCK);
    private final InMemoryEventStore events = new InMemoryEventStore();

    @Test
    void aBurstIsTakenInTogetherOnceItStops() throws InterruptedException {
        List<Photo> burst = GeneratedEvents.library(40, 3);
        try (var keeper = new EventKeeper(events, photos, CLOCK)) {
            long before = events.eventState().version();
            burst.forEach(p -> keeper.accept(add(p)));

            awaitCaughtUp();

            assertThat(events.eventState().version() - before)
                    .as("catch-ups for a burst of 40 photos sent back to back").isLessThan(5);
            assertThat(new EventBook(events, photos, CLOCK).summaries().stream()
                    .mapToInt(EventBook.Summary::photos).sum()).isEqualTo(40);
        }
    }

    @Test
    void aSteadyStreamIsStillTakenInWhileItLasts() throws InterruptedException {
        List<Photo> stream = GeneratedEvents.library(80, 5);
        try (var keeper = new EventKeeper(events, photos, CLOCK)) {
            boolean takenInMeanwhile = false;
            for (Photo p : stream) {
                keeper.accept(add(p));
                Thread.sleep(EventKeeper.QUIET.toMillis() / 3);   // never quiet long enough
                takenInMeanwhile |= events.eventState().photosSeen() > 0;
            }
            assertThat(takenInMeanwhile).as("a run within %s of the first photo, however steady the stream",
                    EventKeeper.LONGEST).isTrue();
        }
    }

    @Test
    void aClosedKeeperTakesNothingMoreIn() throws InterruptedException {
        List<Photo> six = GeneratedEvents.library(6, 7);
        var keeper = new EventKeeper(events, photos, CLOCK);
        six.subList(0, 5).forEach(p -> keeper.accept(add(p)));
        keeper.close();
        keeper.accept(add(six.getLast()));
        Thread.sleep(EventKeeper.QUIET.toMillis() * 2);
        assertThat(events.eventState().photosSeen()).as("the photo sent after closing is left to the next reader")
                .isLessThan(photos.lastChange());
        assertThat(new EventBook(events, photos, CLOCK).summaries().stream()
                .mapToInt(EventBook.Summary::photos).sum()).as("which catches up by itself").isEqualTo(6);
    }

    private void awaitCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (events.eventState().photosSeen() != photos.lastChange() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(events.eventState().photosSeen()).as("the keeper took the burst in").isEqualTo(photos.lastChange());
    }

    private Photo add(Photo p) {
        return photos.add(new PhotoRecord(p.sha256(), p.pixelHash(), p.fileName(),
                new ImageInfo("image/jpeg", p.width(), p.height(), 1), 1000, p.metadata(), p.agency(), null,
                List.of()));
    }
}
