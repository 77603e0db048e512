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
import org.photodesk.core.testing.GeneratedPhotos;
import org.photodesk.core.testing.InMemoryEventStore;
import org.photodesk.core.testing.InMemoryPhotoStore;

/**
 * The kept events through a shared store: photos taken in one at a time by one writer and read by another book give
 * the list a fresh build gives, the editors' decisions apply on top, and a store that refuses writes (a library
 * opened read-only) still gives the list.
 */
class EventMembershipTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-12T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void photosTakenInOneAtATimeByAnotherWriterGiveTheListOfAFreshBuild() {
        var photos = new InMemoryPhotoStore(CLOCK);
        var events = new InMemoryEventStore();
        var desk = new EventBook(events, photos, CLOCK);
        var listener = new EventMembership(events, photos);
        List<Photo> generated = GeneratedPhotos.library(160, 21);
        generated.subList(0, 60).forEach(p -> add(photos, p));
        desk.summaries();

        generated.subList(60, 160).forEach(p -> {
            add(photos, p);
            listener.catchUp();
        });

        assertThat(events.eventState().photosSeen()).isEqualTo(photos.lastChange());
        assertThat(desk.summaries()).isEqualTo(new EventBook(new InMemoryEventStore(), photos, CLOCK).summaries());
        assertThat(desk.summaries().stream().mapToInt(EventBook.Summary::photos).sum()).isEqualTo(160);
    }

    @Test
    void theEditorsDecisionsApplyOnTopOfTheKeptGroups() {
        var photos = new InMemoryPhotoStore(CLOCK);
        GeneratedPhotos.library(120, 8).forEach(p -> add(photos, p));
        var events = new InMemoryEventStore();
        var book = new EventBook(events, photos, CLOCK);
        List<EventBook.Summary> before = book.summaries();
        EventBook.Summary a = before.get(0);
        EventBook.Summary b = before.get(1);

        book.rename(a.id(), "Renamed by the desk");
        Event merged = book.merge(a.id(), b.id());
        List<EventBook.Summary> after = book.summaries();

        assertThat(merged.name()).isEqualTo("Renamed by the desk");
        assertThat(after).hasSize(before.size() - 1);
        assertThat(after).filteredOn(s -> s.id().equals(merged.id())).singleElement()
                .satisfies(s -> assertThat(s.photos()).isEqualTo(a.photos() + b.photos()));
        var again = new EventBook(events, photos, CLOCK);
        assertThat(again.summaries()).isEqualTo(after);
        assertThat(again.find(merged.id())).map(Event::memberIds).contains(merged.memberIds());
        assertThat(again.find(before.get(2).id())).map(Event::id).contains(before.get(2).id());
    }

    @Test
    void groupsKeptByOlderRulesAreGroupedAgainWhenTheLibraryOpens() {
        var photos = new InMemoryPhotoStore(CLOCK);
        GeneratedPhotos.library(60, 5).forEach(p -> add(photos, p));
        var events = new InMemoryEventStore();
        List<EventBook.Summary> listed = new EventBook(events, photos, CLOCK).summaries();
        assertThat(events.cached("grouping-rules")).map(EventCache::text).contains(EventGrouper.RULES);
        events.cache("grouping-rules", events.eventState().version(), "older");
        long before = events.eventState().version();

        new EventMembership(events, photos).catchUp();

        assertThat(events.eventState().version()).as("grouped again").isGreaterThan(before);
        assertThat(events.cached("grouping-rules")).map(EventCache::text).contains(EventGrouper.RULES);
        assertThat(new EventBook(events, photos, CLOCK).summaries()).isEqualTo(listed);
        long now = events.eventState().version();
        new EventMembership(events, photos).catchUp();
        assertThat(events.eventState().version()).as("once only").isEqualTo(now);
    }

    @Test
    void aStoreThatRefusesWritesStillGivesTheList() {
        var photos = new InMemoryPhotoStore(CLOCK);
        GeneratedPhotos.library(80, 4).forEach(p -> add(photos, p));
        var behind = new InMemoryEventStore();
        EventStore readOnly = (EventStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EventStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("saveMembers") || method.getName().equals("cache")) {
                        throw new EventStoreException("the library is open read-only", null);
                    }
                    try {
                        return method.invoke(behind, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        List<EventBook.Summary> listed = new EventBook(readOnly, photos, CLOCK).summaries();

        assertThat(listed).isEqualTo(new EventBook(new InMemoryEventStore(), photos, CLOCK).summaries());
        assertThat(behind.members(0)).isEmpty();
    }

    private static void add(InMemoryPhotoStore photos, Photo p) {
        photos.add(new PhotoRecord(p.sha256(), p.pixelHash(), p.fileName(),
                new ImageInfo("image/jpeg", p.width(), p.height(), 1), 1000, p.metadata(), p.agency(), null,
                List.of()));
    }
}
