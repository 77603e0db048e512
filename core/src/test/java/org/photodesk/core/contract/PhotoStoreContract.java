package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.photodesk.core.testing.StoreFixtures.record;
import static org.photodesk.core.testing.StoreFixtures.resend;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoChange;
import org.photodesk.core.photo.PhotoChangedException;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.RawMetadata;

/**
 * What every {@link PhotoStore} must do, whatever it keeps photos in: a subclass supplies a fresh, empty store and
 * runs these tests against it (the in-memory fake, SQLite, PostgreSQL).
 */
public abstract class PhotoStoreContract {

    /** A fixed clock for stores that date changes themselves. */
    protected static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-03T12:00:00Z"), ZoneOffset.UTC);

    protected PhotoStore store;
    private PhotoEditor editor;

    /** A new, empty store. */
    protected abstract PhotoStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
        editor = new PhotoEditor(store, CLOCK);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void anEmptyStoreHasNothing() {
        assertThat(store.count()).isZero();
        assertThat(store.lastChange()).isZero();
        assertThat(store.changedSince(0)).isEmpty();
        assertThat(store.page(0, 10)).isEmpty();
        assertThat(store.findById(1)).isEmpty();
    }

    @Test
    void anAddedPhotoIsFoundByEveryFinder() {
        PhotoRecord r = record("a", "A flooded street.");
        Photo added = store.add(r);

        assertThat(added.version()).isEqualTo(1);
        assertThat(store.findById(added.id())).contains(added);
        assertThat(store.findBySha256(r.sha256())).contains(added);
        assertThat(store.findByPixelHash(r.pixelHash())).contains(added);
        assertThat(store.findByTransmissionReference(r.embedded().transmissionReference())).contains(added);
        assertThat(added.metadata()).isEqualTo(r.metadata());
        assertThat(added.embedded()).isEqualTo(r.embedded());
        assertThat(added.raw()).isEqualTo(r.raw());
        assertThat(added.problems()).isEqualTo(r.problems());
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.changedSince(0)).containsExactly(added.id());
    }

    @Test
    void aLookUpAndAnAddDoneAtomicallyNeverRaceAnotherWriter() throws Exception {
        List<PhotoRecord> records = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> record("r" + i, "Photo " + i + ".")).toList();
        java.util.concurrent.atomic.AtomicInteger added = new java.util.concurrent.atomic.AtomicInteger();
        Runnable addAll = () -> records.forEach(r -> store.atomically(() -> {
            if (store.findBySha256(r.sha256()).isEmpty()) {
                store.add(r);
                added.incrementAndGet();
            }
            return null;
        }));
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(3)) {
            var runs = List.of(threads.submit(addAll), threads.submit(addAll), threads.submit(addAll));
            for (var run : runs) {
                run.get();
            }
        }

        assertThat(added.get()).isEqualTo(records.size());
        assertThat(store.count()).isEqualTo(records.size());
    }

    @Test
    void theSameOriginalIsNeverStoredTwice() {
        store.add(record("a", "A."));
        assertThatThrownBy(() -> store.add(record("a", "A."))).isInstanceOf(IllegalStateException.class);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void findByIdsKeepsTheOrderAskedAndSkipsTheMissing() {
        Photo a = store.add(record("a", "A."));
        Photo b = store.add(record("b", "B."));
        assertThat(store.findByIds(List.of(b.id(), 999L, a.id()))).containsExactly(b, a);
        assertThat(store.findListed(List.of(b.id(), a.id()))).extracting(Photo::id).containsExactly(b.id(), a.id());
        assertThat(store.findListed(List.of(a.id())).getFirst().raw()).isIn(a.raw(), RawMetadata.EMPTY);
    }

    @Test
    void pagesGoInIdOrder() {
        Photo a = store.add(record("a", "A."));
        Photo b = store.add(record("b", "B."));
        Photo c = store.add(record("c", "C."));
        assertThat(store.page(0, 2)).containsExactly(a, b);
        assertThat(store.page(b.id(), 2)).containsExactly(c);
    }

    @Test
    void anEditIsRecordedWithItsVersionAndHistory() {
        Photo added = store.add(record("a", "Old caption."));
        Photo edited = editor.edit(added.id(), "caption", "New caption.", "maria");

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.metadata().caption()).isEqualTo("New caption.");
        assertThat(edited.embedded().caption()).isEqualTo("Old caption.");
        assertThat(store.edits(added.id())).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("caption");
            assertThat(e.before()).isEqualTo("Old caption.");
            assertThat(e.after()).isEqualTo("New caption.");
            assertThat(e.user()).isEqualTo("maria");
        });
        assertThat(store.editedFields(List.of(added.id(), 999L))).containsOnlyKeys(added.id());
        assertThat(store.history(added.id())).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.reason()).isEqualTo("edit");
        });
        assertThat(store.lastChange()).isEqualTo(2);
    }

    @Test
    void aChangeDecidedOnAnOlderVersionIsRefused() {
        Photo added = store.add(record("a", "A."));
        editor.edit(added.id(), "city", "Linz", "maria");
        var stale = new PhotoChange(added.id(), added.version(), PhotoChange.Kind.EDIT, CLOCK.instant(),
                Optional.empty(), added.metadata(), 0, List.of(),
                Optional.of(new PhotoChange.Edit("city", "Passau", "Wels", "tom")));

        assertThatThrownBy(() -> store.update(stale)).isInstanceOf(PhotoChangedException.class);
        assertThat(store.findById(added.id()).orElseThrow().metadata().city()).isEqualTo("Linz");
        assertThat(store.edits(added.id())).extracting(PhotoEdit::user).containsExactly("maria");
    }

    @Test
    void aResendKeepsTheEditsRatingAndLabels() {
        PhotoRecord first = record("a", "First caption.");
        Photo added = store.add(first);
        editor.edit(added.id(), "city", "Deggendorf", "tom");
        editor.edit(added.id(), "rating", "4", "tom");
        editor.edit(added.id(), "labels", "select", "tom");

        Photo resent = editor.resend(added.id(), resend(first, "Corrected caption."));

        assertThat(resent.id()).isEqualTo(added.id());
        assertThat(resent.metadata().caption()).isEqualTo("Corrected caption.");
        assertThat(resent.metadata().city()).isEqualTo("Deggendorf");
        assertThat(resent.rating()).isEqualTo(4);
        assertThat(resent.labels()).containsExactly("select");
        assertThat(store.findBySha256(first.sha256())).as("found by its earlier original too")
                .map(Photo::id).contains(added.id());
        assertThat(store.history(added.id())).extracting(v -> v.reason()).contains("resend");
    }

    @Test
    void ratingAndLabelsMoveTheVersionButKeepNoHistory() {
        Photo added = store.add(record("a", "A."));
        Photo rated = editor.edit(added.id(), "rating", "5", "tom");
        assertThat(rated.rating()).isEqualTo(5);
        assertThat(rated.version()).isEqualTo(2);
        assertThat(store.history(added.id())).isEmpty();
        assertThat(store.findListed(List.of(added.id()))).singleElement()
                .satisfies(p -> assertThat(p.rating()).isEqualTo(5));
    }

    @Test
    void changesAreListedOncePerPhotoInTheOrderOfTheirLatestChange() {
        Photo a = store.add(record("a", "A."));
        Photo b = store.add(record("b", "B."));
        long afterAdds = store.lastChange();
        editor.edit(a.id(), "city", "Linz", "maria");

        assertThat(store.changedSince(0)).containsExactly(b.id(), a.id());
        assertThat(store.changedSince(afterAdds)).containsExactly(a.id());
        assertThat(store.lastChange()).isGreaterThan(afterAdds);
    }
}
