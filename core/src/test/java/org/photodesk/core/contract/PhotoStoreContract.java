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
import org.photodesk.core.photo.ItemIdentity;
import org.photodesk.core.photo.Photo;
import org.photodesk.core.photo.PhotoChange;
import org.photodesk.core.photo.PhotoChangedException;
import org.photodesk.core.photo.PhotoEdit;
import org.photodesk.core.photo.PhotoEditor;
import org.photodesk.core.photo.PhotoKill;
import org.photodesk.core.photo.PhotoRecord;
import org.photodesk.core.photo.PhotoStore;
import org.photodesk.core.photo.PhotoProvenance;
import org.photodesk.core.photo.RawMetadata;
import org.photodesk.core.photo.ResendNotice;
import org.photodesk.core.testing.StoreFixtures;

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

    @Test
    void identityAndProvenanceRoundTripAndAPhotoIsFoundByEachOfItsItemIds() {
        PhotoRecord r = StoreFixtures.withIdentity(record("a", "A."), new ItemIdentity(
                List.of("plus:ImageSupplierImageID=RTX9QK2F", "xmpMM:DocumentID=xmp.did:5f1c"), "3",
                Instant.parse("2024-06-03T12:00:00Z"), "CORRECTION"), StoreFixtures.provenance());
        Photo added = store.add(r);

        assertThat(added.identity()).isEqualTo(r.identity());
        assertThat(added.provenance()).isEqualTo(r.provenance());
        assertThat(store.findById(added.id()).orElseThrow().identity()).isEqualTo(r.identity());
        assertThat(store.findById(added.id()).orElseThrow().provenance()).isEqualTo(r.provenance());
        assertThat(store.findByItemId("plus:ImageSupplierImageID=RTX9QK2F")).map(Photo::id).contains(added.id());
        assertThat(store.findByItemId("xmpMM:DocumentID=xmp.did:5f1c")).map(Photo::id).contains(added.id());
        assertThat(store.findByItemId("xmpMM:DocumentID=other")).isEmpty();
        assertThat(store.findById(added.id()).orElseThrow().perceptualHash()).isNull();
    }

    @Test
    void everyPhotoSharingAnItemIdOrPixelsIsFoundOldestFirst() {
        ItemIdentity shared = new ItemIdentity(List.of("xmpMM:DocumentID=xmp.did:template"), null, null, null);
        Photo first = store.add(StoreFixtures.withIdentity(record("pool", "First."), shared, PhotoProvenance.NONE));
        Photo other = store.add(record("other", "Other."));
        Photo second = store.add(StoreFixtures.withIdentity(record("pool", "Second."), shared, PhotoProvenance.NONE));
        Photo third = store.add(StoreFixtures.withIdentity(record("pool", "Third."), shared, PhotoProvenance.NONE));

        assertThat(store.findAllByItemId("xmpMM:DocumentID=xmp.did:template", 10)).map(Photo::id)
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(store.findAllByItemId("xmpMM:DocumentID=xmp.did:template", 2)).map(Photo::id)
                .containsExactly(first.id(), second.id());
        assertThat(store.findAllByPixelHash(first.pixelHash(), 10)).map(Photo::id)
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(store.findAllByPixelHash(other.pixelHash(), 10)).map(Photo::id).containsExactly(other.id());
        assertThat(store.findAllByItemId("xmpMM:DocumentID=none-such", 10)).isEmpty();
        assertThat(store.findAllByPixelHash("none-such", 10)).isEmpty();
    }

    @Test
    void aResendReplacesTheItemIdsThePhotoIsFoundBy() {
        PhotoRecord first = StoreFixtures.withIdentity(record("a", "A."),
                new ItemIdentity(List.of("Iptc4xmpExt:DigImageGUID=guid-one"), "1", null, null), PhotoProvenance.NONE);
        Photo added = store.add(first);
        PhotoRecord second = StoreFixtures.withIdentity(resend(first, "B."),
                new ItemIdentity(List.of("Iptc4xmpExt:DigImageGUID=guid-two"), "2", null, null), PhotoProvenance.NONE);

        editor.resend(added.id(), second);

        assertThat(store.findByItemId("Iptc4xmpExt:DigImageGUID=guid-two")).map(Photo::id).contains(added.id());
        assertThat(store.findByItemId("Iptc4xmpExt:DigImageGUID=guid-one")).isEmpty();
        assertThat(store.findById(added.id()).orElseThrow().identity().version()).isEqualTo("2");
    }

    @Test
    void aResendThatChangesAFieldLeavesAPendingNoticeUntilAnEditorResolvesIt() {
        PhotoRecord first = record("a", "Fans gather at the stadium.");
        Photo added = store.add(first);
        editor.edit(added.id(), "caption", "Fans gather outside the stadium.", "maria");

        Photo resent = editor.resend(added.id(), resend(first, "Fans gather at the arena."),
                ResendNotice.Kind.CORRECTION, "CORRECTS NAME OF VENUE");

        assertThat(resent.metadata().caption()).as("the desk's edit stands").isEqualTo("Fans gather outside the stadium.");
        assertThat(store.notices(added.id())).singleElement().satisfies(n -> {
            assertThat(n.id()).isPositive();
            assertThat(n.photoId()).isEqualTo(added.id());
            assertThat(n.version()).isEqualTo(resent.version());
            assertThat(n.kind()).isEqualTo(ResendNotice.Kind.CORRECTION);
            assertThat(n.note()).isEqualTo("CORRECTS NAME OF VENUE");
            assertThat(n.pending()).isTrue();
            assertThat(n.conflicts()).isTrue();
            assertThat(n.changes()).singleElement().isEqualTo(new ResendNotice.FieldChange("caption",
                    "Fans gather at the stadium.", "Fans gather at the arena.", true, "Fans gather outside the stadium."));
        });
        assertThat(store.withPendingNotices(List.of(added.id(), 999L))).containsExactly(added.id());
        long noticeId = store.notices(added.id()).getFirst().id();
        long before = store.lastChange();

        ResendNotice resolved = store.resolveNotice(added.id(), noticeId, ResendNotice.Resolution.KEPT_DESK, "maria",
                CLOCK.instant());

        assertThat(resolved.resolution()).isEqualTo(ResendNotice.Resolution.KEPT_DESK);
        assertThat(resolved.resolvedBy()).isEqualTo("maria");
        assertThat(store.notices(added.id())).singleElement().isEqualTo(resolved);
        assertThat(store.withPendingNotices(List.of(added.id()))).isEmpty();
        assertThat(store.lastChange()).isGreaterThan(before);
        assertThat(store.changedSince(before)).containsExactly(added.id());
        assertThatThrownBy(() -> store.resolveNotice(added.id(), noticeId, ResendNotice.Resolution.TOOK_AGENCY, "tom",
                CLOCK.instant())).isInstanceOf(IllegalStateException.class).hasMessageContaining("already");
        assertThatThrownBy(() -> store.resolveNotice(added.id(), noticeId + 99, ResendNotice.Resolution.KEPT_DESK,
                "tom", CLOCK.instant())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResendThatChangesNothingLeavesNoNotice() {
        PhotoRecord first = record("a", "Same words.");
        Photo added = store.add(first);
        editor.resend(added.id(), resend(first, "Same words."));
        assertThat(store.notices(added.id())).isEmpty();
    }

    @Test
    void anEditThatGivesAFieldBackToTheAgencyRoundTrips() {
        Photo added = store.add(record("a", "A."));
        Photo edited = editor.edit(added.id(), "caption", "Desk words.", "maria");
        store.update(new PhotoChange(added.id(), edited.version(), PhotoChange.Kind.EDIT, CLOCK.instant(),
                Optional.empty(), added.metadata(), 0, List.of(),
                Optional.of(new PhotoChange.Edit("caption", "Desk words.", "A.", "tom", true))));

        assertThat(store.edits(added.id())).extracting(PhotoEdit::followsAgency).containsExactly(false, true);
    }

    @Test
    void aPerceptualHashIsKeptForTheCurrentOriginalWithoutANewVersion() {
        PhotoRecord r = record("a", "A.");
        Photo added = store.add(r);
        long before = store.lastChange();

        Optional<Photo> hashed = store.putPerceptualHash(r.sha256(), 0x8000_0000_0000_0001L);

        assertThat(hashed).map(Photo::perceptualHash).contains(0x8000_0000_0000_0001L);
        assertThat(store.findById(added.id()).orElseThrow().perceptualHash()).isEqualTo(0x8000_0000_0000_0001L);
        assertThat(store.findById(added.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(store.changedSince(before)).containsExactly(added.id());
        assertThat(store.putPerceptualHash(StoreFixtures.sha256("nobody"), 1L)).isEmpty();
    }

    @Test
    void aResendDropsThePerceptualHashOfTheOldOriginal() {
        PhotoRecord first = record("a", "A.");
        Photo added = store.add(first);
        store.putPerceptualHash(first.sha256(), 42L);
        Photo resent = editor.resend(added.id(), resend(first, "B."));
        assertThat(resent.perceptualHash()).isNull();
        assertThat(store.findById(added.id()).orElseThrow().perceptualHash()).isNull();
    }

    @Test
    void aKillIsStoredReadByEveryFinderAndLogged() {
        Photo added = store.add(record("a", "A."));
        long before = store.lastChange();
        PhotoKill kill = new PhotoKill(Instant.parse("2024-06-03T13:00:00Z"), "MANDATORY KILL: altered picture",
                PhotoKill.AGENCY, "AP");

        Photo killed = store.setKill(added.id(), kill);

        assertThat(killed.kill()).isEqualTo(kill);
        assertThat(killed.killed()).isTrue();
        assertThat(killed.version()).isEqualTo(2);
        assertThat(store.findById(added.id()).orElseThrow().kill()).isEqualTo(kill);
        assertThat(store.findByIds(List.of(added.id()))).singleElement().extracting(Photo::kill).isEqualTo(kill);
        assertThat(store.findListed(List.of(added.id()))).singleElement().extracting(Photo::kill).isEqualTo(kill);
        assertThat(store.page(0, 10)).singleElement().extracting(Photo::kill).isEqualTo(kill);
        assertThat(store.changedSince(before)).containsExactly(added.id());
        assertThat(store.history(added.id())).as("a kill is no version of the file").isEmpty();
    }

    @Test
    void aKillSurvivesEditsAndResendsAndARepeatedKillKeepsTheFirst() {
        Photo added = store.add(record("a", "A."));
        PhotoKill first = new PhotoKill(Instant.parse("2024-06-03T13:00:00Z"), "KILL", PhotoKill.AGENCY, "AP");
        store.setKill(added.id(), first);
        editor.edit(added.id(), "caption", "B.", "maria");
        PhotoRecord second = resend(record("a", "A."), "A corrected.");
        editor.resend(added.id(), second);

        Photo again = store.setKill(added.id(), new PhotoKill(Instant.parse("2024-06-03T14:00:00Z"), "KILL AGAIN",
                PhotoKill.DESK, "tom"));

        assertThat(again.kill()).isEqualTo(first);
        assertThat(store.findById(added.id()).orElseThrow().kill()).isEqualTo(first);
    }

    @Test
    void aKillCanBeLiftedAndAnUnknownPhotoIsRefused() {
        Photo added = store.add(record("a", "A."));
        store.setKill(added.id(), new PhotoKill(Instant.parse("2024-06-03T13:00:00Z"), "KILL", PhotoKill.DESK, "tom"));

        Photo lifted = store.setKill(added.id(), null);

        assertThat(lifted.killed()).isFalse();
        assertThat(lifted.version()).isEqualTo(3);
        assertThat(store.findById(added.id()).orElseThrow().killed()).isFalse();
        assertThat(store.setKill(added.id(), null).version()).as("lifting twice changes nothing").isEqualTo(3);
        assertThatThrownBy(() -> store.setKill(9999, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
